package org.familycontext.matching;

import java.util.Map;

/**
 * Estimates m, u and the match share by expectation maximisation over the candidate pairs'
 * patterns (counted, so each distinct pattern is visited once per iteration), assuming fields agree
 * independently given match status. Starts from u as seen in random pairs and a high m for strong
 * agreement; a small pseudo-count keeps every level possible.
 */
final class EmEstimator {

    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 1e-6;
    private static final double PSEUDO_COUNT = 0.5;

    private final Field[] fields;

    EmEstimator(Field[] fields) {
        this.fields = fields;
    }

    /**
     * @param patterns  distinct candidate patterns with how many pairs have each
     * @param randomU   u from random pairs, per field ordinal and level (the starting point)
     */
    MatchModel estimate(Map<Long, Long> patterns, double[][] randomU) {
        long[] keys = new long[patterns.size()];
        double[] counts = new double[patterns.size()];
        int k = 0;
        for (Map.Entry<Long, Long> e : patterns.entrySet()) {
            keys[k] = e.getKey();
            counts[k++] = e.getValue();
        }
        int width = Field.values().length;
        double[][] m = new double[width][];
        double[][] u = new double[width][];
        for (Field field : fields) {
            int levels = field.levels().size();
            m[field.ordinal()] = startingM(levels);
            u[field.ordinal()] = randomU[field.ordinal()].clone();
        }
        double prior = 0.1;
        double[] g = new double[keys.length];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            MatchModel model = new MatchModel(fields, m, u, prior);
            double matched = 0;
            double total = 0;
            for (int i = 0; i < keys.length; i++) {
                g[i] = model.probability(keys[i]);
                matched += g[i] * counts[i];
                total += counts[i];
            }
            double nextPrior = matched / total;
            double change = Math.abs(nextPrior - prior);
            for (Field field : fields) {
                double[][] next = maximise(field, keys, counts, g);
                change = Math.max(change, maxDifference(next[0], m[field.ordinal()]));
                change = Math.max(change, maxDifference(next[1], u[field.ordinal()]));
                m[field.ordinal()] = next[0];
                u[field.ordinal()] = next[1];
            }
            prior = nextPrior;
            if (change < CONVERGED) {
                break;
            }
        }
        return new MatchModel(fields, m, u, prior);
    }

    /** The match share among the patterns when m and u are fixed (EM on the share alone). */
    double matchShare(Map<Long, Long> patterns, MatchModel fixed) {
        double share = 0.1;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            MatchModel model = fixed.withPrior(share);
            double matched = 0;
            double total = 0;
            for (Map.Entry<Long, Long> e : patterns.entrySet()) {
                matched += model.probability(e.getKey()) * e.getValue();
                total += e.getValue();
            }
            double next = total == 0 ? share : matched / total;
            if (Math.abs(next - share) < CONVERGED) {
                return next;
            }
            share = next;
        }
        return share;
    }

    private static double[] startingM(int levels) {
        double[] m = new double[levels];
        m[0] = 0.9;
        double rest = 0.1;
        for (int l = 1; l < levels; l++) {
            m[l] = rest / (levels - 1);
        }
        return m;
    }

    private double[][] maximise(Field field, long[] keys, double[] counts, double[] g) {
        int levels = field.levels().size();
        double[] mSum = new double[levels];
        double[] uSum = new double[levels];
        for (int i = 0; i < keys.length; i++) {
            int level = Comparisons.levelIn(keys[i], field);
            if (level != Comparisons.MISSING) {
                mSum[level] += g[i] * counts[i];
                uSum[level] += (1 - g[i]) * counts[i];
            }
        }
        return new double[][] {normalised(mSum), normalised(uSum)};
    }

    private static double[] normalised(double[] sums) {
        double total = 0;
        for (int l = 0; l < sums.length; l++) {
            sums[l] += PSEUDO_COUNT;
            total += sums[l];
        }
        for (int l = 0; l < sums.length; l++) {
            sums[l] /= total;
        }
        return sums;
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
