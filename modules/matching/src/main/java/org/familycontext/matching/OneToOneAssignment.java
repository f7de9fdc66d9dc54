package org.familycontext.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one linkage of two sets: each record has at most one counterpart in the other set. After
 * the ordinary decisions, the records still without a link are offered their remaining candidates
 * again, now weighed with that constraint.
 *
 * <p>The model of what is left: a record of a side with {@code n} unlinked records has a counterpart
 * with probability {@code π}, equally likely to be any of the other side's {@code n'} unlinked
 * records; so with {@code q = π / n'} and {@code LR} the likelihood ratio {@code 2^weight} of a pair,
 * <pre>  P(a is b) = q LR(a, b) / ((1 - π) + q Σ LR(a, c) over a's candidates c)</pre>
 * {@code π} is estimated from the unlinked records themselves, by EM under that model: each record's
 * chance of having a counterpart given its candidates, averaged over the side, until it settles (with
 * one imagined record with a counterpart and one without, so that a handful of records is never
 * certain). The two sides must agree on how many matches are left, so the smaller count stands.
 * The pair's probability is the lower of the two records' views; pairs reaching the link threshold
 * are linked strongest first, each record once. Where the records left mostly have no counterpart
 * (the sets only partly overlap), their candidates agree no better than strangers do, π is small and
 * nothing changes; where nearly every record left stands out against one candidate, a lone candidate
 * that agrees well is taken although the pair alone would be only a possible match.
 */
final class OneToOneAssignment {

    /** π never reaches certainty: a record may always lack its counterpart. */
    private static final double MAX_SHARE = 0.99;
    private static final int MAX_ITERATIONS = 200;
    private static final double MAX_BITS = 500;
    private static final double SETTLED = 1e-7;

    private final byte[] side;
    private final double linkAt;

    OneToOneAssignment(byte[] side, double linkAt) {
        this.side = side;
        this.linkAt = linkAt;
    }

    /**
     * The new links among the unsure pairs (pairs not linked whose fields speak for one person),
     * with the probability the constraint gives them.
     *
     * @param unsure compared pairs not linked, with a positive weight
     * @param linked per record, whether it is linked already
     */
    List<ScoredPair> assign(List<ScoredPair> unsure, boolean[] linked) {
        int[] unlinked = new int[2];
        for (int r = 0; r < side.length; r++) {
            if (!linked[r]) {
                unlinked[side[r]]++;
            }
        }
        if (unlinked[0] == 0 || unlinked[1] == 0) {
            return List.of();
        }
        double[] sum = new double[side.length];
        List<ScoredPair> open = new ArrayList<>();
        for (ScoredPair pair : unsure) {
            if (!linked[pair.left()] && !linked[pair.right()]) {
                double ratio = ratio(pair);
                sum[pair.left()] += ratio;
                sum[pair.right()] += ratio;
                open.add(pair);
            }
        }
        double remaining = Math.min(matchesLeft(0, sum, linked, unlinked), matchesLeft(1, sum, linked, unlinked));
        double[] share = {Math.min(MAX_SHARE, remaining / unlinked[0]), Math.min(MAX_SHARE, remaining / unlinked[1])};
        List<ScoredPair> weighed = new ArrayList<>(open.size());
        for (ScoredPair pair : open) {
            double ratio = ratio(pair);
            double probability = Math.min(view(pair.left(), ratio, share, unlinked, sum), view(pair.right(), ratio, share, unlinked, sum));
            if (probability >= linkAt) {
                weighed.add(new ScoredPair(pair.left(), pair.right(), probability, pair.weight(), pair.pattern(),
                        ScoredPair.Decision.LINK));
            }
        }
        weighed.sort(Comparator.comparingDouble(ScoredPair::probability).reversed()
                .thenComparingInt(ScoredPair::left).thenComparingInt(ScoredPair::right));
        boolean[] taken = linked.clone();
        List<ScoredPair> assigned = new ArrayList<>();
        for (ScoredPair pair : weighed) {
            if (!taken[pair.left()] && !taken[pair.right()]) {
                taken[pair.left()] = true;
                taken[pair.right()] = true;
                assigned.add(pair);
            }
        }
        return assigned;
    }

    /**
     * How many of a side's unlinked records have a counterpart still: {@code n π}, with {@code π} by EM
     * over the side's records, each with the sum of its candidates' likelihood ratios.
     */
    private double matchesLeft(int own, double[] sum, boolean[] linked, int[] unlinked) {
        double others = unlinked[1 - own];
        double[] strengths = java.util.stream.IntStream.range(0, side.length)
                .filter(r -> side[r] == own && !linked[r] && sum[r] > 0).mapToDouble(r -> sum[r] / others).toArray();
        double share = 0.5;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double expected = 1;
            for (double strength : strengths) {
                double counterpart = share * strength;
                expected += counterpart / (1 - share + counterpart);
            }
            double next = expected / (unlinked[own] + 2);
            boolean settled = Math.abs(next - share) < SETTLED;
            share = next;
            if (settled) {
                break;
            }
        }
        return share * unlinked[own];
    }

    /** The pair's likelihood ratio, 2^weight, bounded so that sums of them stay finite. */
    private static double ratio(ScoredPair pair) {
        return Math.pow(2, Math.min(pair.weight(), MAX_BITS));
    }

    /** The probability, seen from one record of the pair, that the other is its counterpart. */
    private double view(int record, double ratio, double[] share, int[] unlinked, double[] sum) {
        int own = side[record];
        double q = share[own] / unlinked[1 - own];
        return q * ratio / (1 - share[own] + q * sum[record]);
    }
}
