package org.familycontext.kernel;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identifier of a council (a tenant): lower-case letters, digits and hyphens, starting with a
 * letter, 2 to 40 characters, e.g. {@code stockport}. It names the council's configuration file,
 * its URLs ({@code /t/stockport/}) and every row of its data.
 */
public record CouncilId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    /** Names that cannot be a council because they mean something else in tenant configuration. */
    private static final Set<String> RESERVED = Set.of("region", "schema", "branding");

    public CouncilId {
        Objects.requireNonNull(value, "council id");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a council id is 2-40 lower-case letters, digits or "
                    + "hyphens starting with a letter, and not one of " + RESERVED);
        }
    }

    /** Parses untrusted input (e.g. a URL segment) without throwing. */
    public static Optional<CouncilId> parse(String candidate) {
        return candidate != null && isWellFormed(candidate)
                ? Optional.of(new CouncilId(candidate))
                : Optional.empty();
    }

    /** True when the text has the form of a council id and is not a reserved name. */
    public static boolean isWellFormed(String candidate) {
        return FORM.matcher(candidate).matches() && !RESERVED.contains(candidate);
    }

    @Override
    public String toString() {
        return value;
    }
}
