package org.familycontext.matching;

import java.util.function.ToDoubleBiFunction;

/**
 * Remembers recent string similarities: names repeat across a council's records, so most pairs of
 * names have been compared before. Direct-mapped (a new pair replaces whatever sat in its slot) and
 * checked by the strings themselves, so a hit is always the right value. One per thread.
 */
final class SimilarityCache {

    private static final int BITS = 18;
    private static final int SLOTS = 1 << BITS;

    private final String[] first = new String[SLOTS];
    private final String[] second = new String[SLOTS];
    private final double[] values = new double[SLOTS];
    private final ToDoubleBiFunction<String, String> similarity;
    private final double floor;
    private final int[] counts = new int[128];

    /**
     * @param similarity Jaro-Winkler similarity
     * @param floor      similarities below this may be reported as 0 (they are never used)
     */
    SimilarityCache(ToDoubleBiFunction<String, String> similarity, double floor) {
        this.similarity = similarity;
        this.floor = floor;
    }

    double of(String x, String y) {
        int slot = (x.hashCode() * 31 + y.hashCode()) * 0x9E3779B9 >>> (32 - BITS);
        String a = first[slot];
        if (a != null && (a == x || a.equals(x)) && (second[slot] == y || second[slot].equals(y))) {
            return values[slot];
        }
        double value = upperBound(x, y) < floor ? 0 : similarity.applyAsDouble(x, y);
        first[slot] = x;
        second[slot] = y;
        values[slot] = value;
        return value;
    }

    /**
     * An upper bound of the Jaro-Winkler similarity, cheap to compute: Jaro's matching characters
     * cannot outnumber the characters the strings share, and the prefix bonus is at most four
     * characters' worth. Returns 1 for text beyond ASCII (no bound).
     */
    private double upperBound(String x, String y) {
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c >= 128) {
                clear(x, i);
                return 1;
            }
            counts[c]++;
        }
        int shared = 0;
        for (int i = 0; i < y.length(); i++) {
            char c = y.charAt(i);
            if (c < 128 && counts[c] > 0) {
                counts[c]--;
                shared++;
            }
        }
        clear(x, x.length());
        if (shared == 0) {
            return 0;
        }
        double jaro = (shared / (double) x.length() + shared / (double) y.length() + 1) / 3;
        int prefix = 0;
        while (prefix < 4 && prefix < x.length() && prefix < y.length() && x.charAt(prefix) == y.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private void clear(String x, int upTo) {
        for (int i = 0; i < upTo; i++) {
            counts[x.charAt(i)] = 0;
        }
    }
}
