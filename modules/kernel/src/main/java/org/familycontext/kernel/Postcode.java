package org.familycontext.kernel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in one of the forms A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA or GIR 0AA,
 * kept upper case with one space.
 *
 * @param value the postcode, normalised
 */
public record Postcode(String value) {

    private static final Pattern FORM = Pattern.compile("(GIR 0AA|[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2})");

    public Postcode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a UK postcode");
        }
    }

    /** Reads a postcode in any case and spacing; empty when it is not one. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return FORM.matcher(spaced).matches() ? Optional.of(new Postcode(spaced)) : Optional.empty();
    }

    /** The outward code (the part before the space), e.g. SK4. */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }

    @Override
    public String toString() {
        return value;
    }
}
