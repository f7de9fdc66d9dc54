package org.familycontext.kernel;

import java.util.Optional;

/**
 * An NHS number: ten digits whose last is a modulus 11 check digit (weights 10 to 2 on the first
 * nine; 11 minus the remainder, 11 meaning 0, 10 meaning invalid). Shown 3-3-4.
 *
 * @param value the ten digits
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (value == null || !isValid(value)) {
            throw new IllegalArgumentException("not a valid NHS number");
        }
    }

    /** Reads an NHS number written with or without spaces or hyphens; empty when it is not valid. */
    public static Optional<NhsNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = Characters.without(text, true);
        return isValid(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
    }

    /** True for ten digits with a correct check digit. */
    public static boolean isValid(String digits) {
        if (digits.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** The check digit for nine digits, or -1 when no check digit can make them valid. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /** As people write it: 943 476 5870. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
