package org.familycontext.synthetic.extract;

import java.time.LocalDate;
import org.familycontext.synthetic.ExtractStyle;
import org.familycontext.synthetic.codes.StyledCode;

/**
 * Turns a canonical value into the text a style writes: dates in its format (dd/MM/yyyy,
 * yyyy-MM-dd or yyyyMMdd), codes in its vocabulary, text as it is, nothing as empty. Dates are
 * formatted by hand because a formatter per cell costs more than the rest of the row.
 */
final class CellText {

    private final ExtractStyle style;

    CellText(ExtractStyle style) {
        this.style = style;
    }

    String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof LocalDate date) {
            return date(date);
        }
        if (value instanceof StyledCode code) {
            return code.code(style);
        }
        throw new IllegalArgumentException("no text for " + value.getClass());
    }

    String date(LocalDate date) {
        char[] year = fourDigits(date.getYear());
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        return switch (style) {
            case LIQUIDLOGIC -> new String(new char[] {tens(day), units(day), '/', tens(month), units(month), '/',
                year[0], year[1], year[2], year[3]});
            case MOSAIC -> new String(new char[] {year[0], year[1], year[2], year[3], '-', tens(month), units(month),
                '-', tens(day), units(day)});
            case ECLIPSE -> new String(new char[] {year[0], year[1], year[2], year[3], tens(month), units(month),
                tens(day), units(day)});
        };
    }

    /** ISO yyyy-MM-dd, used by the truth files whatever the style. */
    static String iso(LocalDate date) {
        return date == null ? "" : new CellText(ExtractStyle.MOSAIC).date(date);
    }

    private static char[] fourDigits(int year) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return new char[] {tens(year / 100), units(year / 100), tens(year % 100), units(year % 100)};
    }

    private static char tens(int n) {
        return (char) ('0' + n / 10);
    }

    private static char units(int n) {
        return (char) ('0' + n % 10);
    }
}
