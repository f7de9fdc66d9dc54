package org.familycontext.launcher.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 against the truth, over pairs: those a result decided are one person
 * (links) or put into one person (clusters), against all pairs of records of one true person.
 * When two sets are linked only pairs across the sets count. Pairs never compared count as missed.
 *
 * @param truePairs      pairs of records that are truly one person
 * @param predicted      pairs the result put together
 * @param correct        of those, truly one person
 */
public record LinkageScore(long truePairs, long predicted, long correct) {

    public double precision() {
        return predicted == 0 ? 1.0 : (double) correct / predicted;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correct / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Scores groups of records (clusters): every pair within a group counts as predicted. */
    public static LinkageScore ofGroups(int[] groupOf, String[] truth, int[] side, boolean acrossSides) {
        long truePairs = truePairs(truth, side, acrossSides);
        Map<String, long[]> byGroupAndTruth = new HashMap<>();
        Map<Integer, long[]> byGroup = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            byGroupAndTruth.computeIfAbsent(groupOf[i] + "\u001f" + truth[i], k -> new long[2])[side[i]]++;
            byGroup.computeIfAbsent(groupOf[i], k -> new long[2])[side[i]]++;
        }
        return new LinkageScore(truePairs, pairs(byGroup.values(), acrossSides), pairs(byGroupAndTruth.values(), acrossSides));
    }

    /** Scores pairs decided one by one. */
    public static LinkageScore ofPairs(List<int[]> pairs, String[] truth, int[] side, boolean acrossSides) {
        long truePairs = truePairs(truth, side, acrossSides);
        long correct = pairs.stream().filter(p -> truth[p[0]].equals(truth[p[1]])).count();
        return new LinkageScore(truePairs, pairs.size(), correct);
    }

    private static long truePairs(String[] truth, int[] side, boolean acrossSides) {
        Map<String, long[]> groups = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            groups.computeIfAbsent(truth[i], k -> new long[2])[side[i]]++;
        }
        return pairs(groups.values(), acrossSides);
    }

    private static long pairs(Iterable<long[]> counts, boolean acrossSides) {
        long pairs = 0;
        for (long[] c : counts) {
            pairs += acrossSides ? c[0] * c[1] : (c[0] + c[1]) * (c[0] + c[1] - 1) / 2;
        }
        return pairs;
    }
}
