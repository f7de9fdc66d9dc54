package org.familycontext.assembly.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one linkage of two sets: each record has at most one counterpart in the other set. After
 * the ordinary decisions, the records still without a link are offered their remaining candidates
 * again, now weighed with that constraint.
 *
 * <p>Among the unlinked records, the model expects {@code R} matches still (the sum of its
 * probabilities over all compared pairs, less the links made). A record {@code a} of a side with
 * {@code n} unlinked records then has a counterpart with probability {@code π = R / n}, equally
 * likely to be any of the other side's {@code n'} unlinked records; so with {@code q = R / (n n')}
 * and {@code LR} the likelihood ratio {@code 2^weight} of a pair,
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
     * The new links among the unsure pairs (pairs not linked whose fields speak for one person).
     *
     * @param unsure          compared pairs not linked, with a positive weight
     * @param linked          per record, whether it is linked already
     * @param expectedMatches the model's expected number of matches among all compared pairs
     */
    List<ScoredPair> assign(List<ScoredPair> unsure, boolean[] linked, double expectedMatches) {
        int[] unlinked = new int[2];
        int links = 0;
        for (int r = 0; r < side.length; r++) {
            if (linked[r]) {
                links++;
            } else {
                unlinked[side[r]]++;
            }
        }
        double remaining = expectedMatches - links / 2.0;
        if (remaining <= 0 || unlinked[0] == 0 || unlinked[1] == 0) {
            return List.of();
        }
        double q = remaining / ((double) unlinked[0] * unlinked[1]);
        double[] share = {Math.min(MAX_SHARE, remaining / unlinked[0]), Math.min(MAX_SHARE, remaining / unlinked[1])};
        double[] sum = new double[side.length];
        List<ScoredPair> open = new ArrayList<>();
        for (ScoredPair pair : unsure) {
            if (!linked[pair.left()] && !linked[pair.right()]) {
                double ratio = Math.pow(2, pair.weight());
                sum[pair.left()] += ratio;
                sum[pair.right()] += ratio;
                open.add(pair);
            }
        }
        List<ScoredPair> weighed = new ArrayList<>(open.size());
        for (ScoredPair pair : open) {
            double ratio = q * Math.pow(2, pair.weight());
            double fromLeft = ratio / (1 - share[side[pair.left()]] + q * sum[pair.left()]);
            double fromRight = ratio / (1 - share[side[pair.right()]] + q * sum[pair.right()]);
            double probability = Math.min(fromLeft, fromRight);
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
}
