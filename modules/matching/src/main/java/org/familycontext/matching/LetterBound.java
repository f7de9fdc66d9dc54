package org.familycontext.matching;

/**
 * What the letters two words hold say about them, cheaply, before Jaro-Winkler: each letter one
 * word holds and the other lacks cannot be among Jaro's matching characters, which bounds the
 * similarity from above; and two such letters rule out a single slip of the keyboard (a letter
 * changed, left out or added, or two neighbours swapped, leave at most one).
 */
final class LetterBound {

    private LetterBound() {
    }

    /**
     * The letters a to z the text holds, one bit each; any other character sets one of six further
     * bits (characters sharing a bit only make the bounds looser, never wrong).
     */
    static int letters(String text) {
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bits |= 1 << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 6);
        }
        return bits;
    }

    /**
     * An upper bound of the Jaro-Winkler similarity (as Apache Commons Text computes it) of two words
     * with these letters and lengths whose common prefix (counted up to four characters) is at most
     * {@code prefix}.
     */
    static double jaroWinklerAtMost(int lettersA, int lengthA, int lettersB, int lengthB, int prefix) {
        int matching = Math.min(lengthA - Integer.bitCount(lettersA & ~lettersB),
                lengthB - Integer.bitCount(lettersB & ~lettersA));
        if (matching <= 0) {
            return 0;
        }
        double jaro = (matching / (double) lengthA + matching / (double) lengthB + 1) / 3;
        return jaro + Math.min(4, prefix) * 0.1 * (1 - jaro);
    }

    /** True unless one word holds two or more letters the other lacks, which no single slip leaves. */
    static boolean maySlip(int lettersA, int lettersB) {
        return Integer.bitCount(lettersA & ~lettersB) < 2 && Integer.bitCount(lettersB & ~lettersA) < 2;
    }
}
