package org.familycontext.matching;

import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Addresses compared with their words other than numbers run together, for a word break written
 * differently ("11 custance street" and "11 custancestreet", "kirkland circuit" and "kirklandc
 * ircuit"). Only where the words break at different places: words that break alike ("flat a rose
 * court" and "flat b rose court") are graded by their words alone. From six letters, at most one
 * edit apart (two from twelve letters), they are similar with the same numbers and partly similar
 * with others.
 */
final class RunTogetherAddresses {

    /** The fewest letters run together before a differing word break is looked past. */
    private static final int FEWEST_LETTERS = 6;
    /** Levenshtein distance up to two edits (-1 beyond). */
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(2);

    /** Per record: the words other than numbers run together, or null; and the numbers, joined by spaces ("" for none). */
    private final String[] letters;
    private final String[] numbers;
    /**
     * Per record, packed in one number so that a pair's check reads one value per record: how many
     * letters (bits 56 to 63, at most 255), which letters ({@link LetterBound#letters(String)}, bits
     * 24 to 55), a 12-bit hash of where the words end within them (bits 12 to 23) and a 12-bit hash
     * of the numbers (bits 0 to 11). Equal values give equal hashes.
     */
    private final long[] shape;

    RunTogetherAddresses(int size) {
        letters = new String[size];
        numbers = new String[size];
        shape = new long[size];
    }

    /** Prepares the record's address, given as its words. */
    void add(int i, List<String> words) {
        StringBuilder text = new StringBuilder(32);
        StringBuilder digits = new StringBuilder(8);
        int breaks = 1;
        for (String word : words) {
            if (Character.isDigit(word.charAt(0))) {
                digits.append(digits.isEmpty() ? "" : " ").append(word);
            } else {
                text.append(word);
                breaks = 31 * breaks + text.length();
            }
        }
        letters[i] = text.isEmpty() ? null : text.toString();
        numbers[i] = digits.toString();
        long letterSet = text.isEmpty() ? 0 : LetterBound.letters(letters[i]) & 0xFFFFFFFFL;
        shape[i] = (long) Math.min(text.length(), 255) << 56 | letterSet << 24 | (long) twelveBits(breaks) << 12
                | twelveBits(numbers[i].hashCode());
    }

    /**
     * The pair's address level, given its level by the words: better where run together the words
     * are alike, else the same.
     */
    int improve(int a, int b, int byWords) {
        // run together, the words could at best be partly similar without the same numbers
        boolean mayImprove = wordBreaksDiffer(a, b) && (byWords == Comparisons.ADDRESS_DIFFERENT
                || byWords == Comparisons.PARTLY_SIMILAR_ADDRESS && numbersMayAgree(a, b));
        return mayImprove ? Math.min(byWords, level(a, b)) : byWords;
    }

    private int level(int a, int b) {
        int lengthA = letterCount(a);
        int lengthB = letterCount(b);
        int shorter = Math.min(lengthA, lengthB);
        int edits = shorter >= 12 ? 2 : 1;
        // lengths and letters first: they rule out most pairs without reading the text
        if (shorter < FEWEST_LETTERS || Math.max(lengthA, lengthB) - shorter > edits || lettersDifferInMore(a, b, 2 * edits)) {
            return Comparisons.ADDRESS_DIFFERENT;
        }
        int distance = letters[a].equals(letters[b]) ? 0 : LEVENSHTEIN.apply(letters[a], letters[b]);
        if (distance < 0 || distance > edits) {
            return Comparisons.ADDRESS_DIFFERENT;
        }
        return numbers[a].equals(numbers[b]) ? Comparisons.SIMILAR_ADDRESS : Comparisons.PARTLY_SIMILAR_ADDRESS;
    }

    private int letterCount(int i) {
        return (int) (shape[i] >>> 56);
    }

    private boolean lettersDifferInMore(int a, int b, int count) {
        return Long.bitCount((shape[a] ^ shape[b]) >>> 24 & 0xFFFFFFFFL) > count;
    }

    /** False when the numbers are certainly not the same (their hashes differ). */
    private boolean numbersMayAgree(int a, int b) {
        return ((shape[a] ^ shape[b]) & 0xFFF) == 0;
    }

    /** True when the words certainly break at other places (their hashes differ; where they do, once in 4,096 the hashes agree). */
    private boolean wordBreaksDiffer(int a, int b) {
        return ((shape[a] ^ shape[b]) & 0xFFF000) != 0;
    }

    private static int twelveBits(int hash) {
        return (hash ^ hash >>> 12 ^ hash >>> 24) & 0xFFF;
    }
}
