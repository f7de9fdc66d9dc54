package org.familycontext.synthetic.sources;

import java.util.SplittableRandom;
import org.familycontext.kernel.Upn;

/** Deliberately broken identifiers: the right body with the wrong check character. */
final class Identifiers {

    private Identifiers() {
    }

    /** The NHS number with any other final digit, which no check can accept. */
    static String wrongCheckDigit(String nhsNumber, SplittableRandom random) {
        int right = nhsNumber.charAt(9) - '0';
        int wrong = (right + 1 + random.nextInt(9)) % 10;
        return nhsNumber.substring(0, 9) + wrong;
    }

    /** Any other letter of the UPN check alphabet. */
    static char otherCheckLetter(char right, SplittableRandom random) {
        int at = Upn.ALPHABET.indexOf(right);
        return Upn.ALPHABET.charAt((at + 1 + random.nextInt(Upn.ALPHABET.length() - 1)) % Upn.ALPHABET.length());
    }
}
