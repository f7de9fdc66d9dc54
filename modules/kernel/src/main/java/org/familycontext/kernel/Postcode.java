package org.familycontext.kernel;

import java.util.Locale;
import java.util.Optional;

/**
 * A UK postcode in one of the forms A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA or GIR 0AA,
 * kept upper case with one space.
 *
 * @param value the postcode, normalised
 */
public record Postcode(String value) {

    public Postcode {
        if (value == null || !wellFormed(value)) {
            throw new IllegalArgumentException("not a UK postcode");
        }
    }

    /** Reads a postcode in any case and spacing; empty when it is not one. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (wellFormed(text)) {
            // already written as kept (most extracts): no copies for every row of a load
            return Optional.of(new Postcode(text));
        }
        String compact = Characters.without(text, false).toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return wellFormed(spaced) ? Optional.of(new Postcode(spaced)) : Optional.empty();
    }

    /** GIR 0AA, or an outward code (one or two letters, a digit, then a letter or digit or nothing), a space, an inward code. */
    private static boolean wellFormed(String text) {
        if (text.equals("GIR 0AA")) {
            return true;
        }
        int space = text.length() - 4;
        if (space < 2 || space > 4 || text.charAt(space) != ' ' || !digit(text.charAt(space + 1))
                || !letter(text.charAt(space + 2)) || !letter(text.charAt(space + 3))) {
            return false;
        }
        int at = letter(text.charAt(0)) ? 1 : -1;
        if (at < 0) {
            return false;
        }
        if (at < space && letter(text.charAt(at))) {
            at++;
        }
        if (at >= space || !digit(text.charAt(at))) {
            return false;
        }
        at++;
        if (at < space && (letter(text.charAt(at)) || digit(text.charAt(at)))) {
            at++;
        }
        return at == space;
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
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
