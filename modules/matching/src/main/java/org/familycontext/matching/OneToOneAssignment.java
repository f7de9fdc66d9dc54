package org.familycontext.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one linkage of two sets: each record has at most one counterpart in the other set. After
 * the ordinary decisions, the records still without a link are offered their remaining candidates
 * again, now weighed with that constraint.
 *
 * <p>Among the unlinked records, the model expects {@code R} matches still: the sum of its
 * probabilities over their candidate pairs (at most the smaller side's count). A record of a side
 * with {@code n} unlinked records then has a counterpart with probability {@code π = R / n} (never
 * above 0.99), equally likely to be any of the other side's {@code n'} unlinked records; so with
 * {@code q = π / n'} and {@code LR} the likelihood ratio {@code 2^weight} of a pair,
 * <pre>  P(a is b) = q LR(a, b) / ((1 - π) + q Σ LR(a, c) over a's candidates c)</pre>
 * The pair's probability is the lower of the two records' views; pairs reaching the link
 * threshold are linked strongest first, each record once. Where few matches remain expected, π is
 * small and nothing changes; where nearly every record has its counterpart, a lone candidate that
 * agrees well is taken although the pair alone would be only a possible match.
 */
final class OneToOneAssignment {

    /** π never reaches certainty: a record may always lack its counterpart. */
    private static final double MAX_SHARE = 0.99;

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
        double expected = 0;
        List<ScoredPair> open = new ArrayList<>();
        for (ScoredPair pair : unsure) {
            if (!linked[pair.left()] && !linked[pair.right()]) {
                double ratio = Math.pow(2, pair.weight());
                sum[pair.left()] += ratio;
                sum[pair.right()] += ratio;
                expected += pair.probability();
                open.add(pair);
            }
        }
        double remaining = Math.min(expected, Math.min(unlinked[0], unlinked[1]));
        double[] share = {Math.min(MAX_SHARE, remaining / unlinked[0]), Math.min(MAX_SHARE, remaining / unlinked[1])};
        List<ScoredPair> weighed = new ArrayList<>(open.size());
        for (ScoredPair pair : open) {
            double ratio = Math.pow(2, pair.weight());
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

    /** The probability, seen from one record of the pair, that the other is its counterpart. */
    private double view(int record, double ratio, double[] share, int[] unlinked, double[] sum) {
        int own = side[record];
        double q = share[own] / unlinked[1 - own];
        return q * ratio / (1 - share[own] + q * sum[record]);
    }
}
