package org.familycontext.kernel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unique pupil number: a check letter, a three-digit local authority code, a four-digit
 * establishment number, a two-digit year and a three-character serial (ending in a letter for a
 * temporary UPN). The check letter is the sum of characters 2 to 13 (digits as themselves, a final
 * letter by its position in the check alphabet) weighted 2 to 13, modulo 23, in
 * ABCDEFGHJKLMNPQRTUVWXYZ. UN1 to UN5 mean "unknown" and are not UPNs.
 *
 * @param value the thirteen characters, upper case
 */
public record Upn(String value) {

    /** The check-letter alphabet (no I, O or S). */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final Pattern FORM = Pattern.compile("[A-Z]\\d{11}[0-9A-Z]");

    public Upn {
        if (value == null || !isValid(value)) {
            throw new IllegalArgumentException("not a valid UPN");
        }
    }

    public static Optional<Upn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return isValid(upper) ? Optional.of(new Upn(upper)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return FORM.matcher(text).matches() && checkLetter(text.substring(1)) == text.charAt(0);
    }

    /** The check letter for the twelve characters after it, or '?' when a character is not allowed. */
    public static char checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : ALPHABET.indexOf(c);
            if (v < 0) {
                return '?';
            }
            sum += v * (i + 2);
        }
        return ALPHABET.charAt(sum % 23);
    }

    @Override
    public String toString() {
        return value;
    }
}
