package org.familycontext.synthetic;

import java.util.Locale;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;

/**
 * The house style of a council's source extracts: file names, column names, date format, codes and
 * line ends. Named after the case systems whose exports they resemble.
 */
public enum ExtractStyle {
    /** Stockport-like: upper-case columns, dd/MM/yyyy, F/M/O/U, CRLF line ends. */
    LIQUIDLOGIC,
    /** Leeds-like: snake-case columns, yyyy-MM-dd, words for codes, LF line ends. */
    MOSAIC,
    /** A third style: PascalCase columns, yyyyMMdd, numeric codes, LF line ends. */
    ECLIPSE;

    /** The style a council gets when none is given: Leeds Mosaic, Manchester Eclipse, others Liquidlogic. */
    public static ExtractStyle forCouncil(CouncilId council) {
        return switch (council.value()) {
            case "leeds" -> MOSAIC;
            case "manchester" -> ECLIPSE;
            default -> LIQUIDLOGIC;
        };
    }

    /** Reads a style by its id ({@code liquidlogic}, {@code mosaic}, {@code eclipse}), any case. */
    public static Optional<ExtractStyle> byId(String id) {
        for (ExtractStyle style : values()) {
            if (style.id().equals(id == null ? null : id.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    /** The lower-case name used in documentation and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Liquidlogic extracts come from Windows hosts; the others from Unix ones. */
    public String lineEnd() {
        return this == LIQUIDLOGIC ? "\r\n" : "\n";
    }
}
