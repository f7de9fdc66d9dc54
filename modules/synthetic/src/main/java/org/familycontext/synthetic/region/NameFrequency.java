package org.familycontext.synthetic.region;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How often names occur in a population: a few common names that many people share, then a long
 * tail of rarer ones (Zipf-like curves, the shape surname and given-name counts have in England).
 * The common names are listed, most common first, and take a given share of the draws on a curve
 * of their own; the rest go to names made of word parts (see {@link NameParts}) on a curve that
 * starts where the listed names end, rescaled to the rest's share (so the first built names can be
 * more common than the last listed ones). A large region then has many distinct names and
 * namesakes become rare, as in a real council, instead of growing with the square of its size.
 *
 * <p>Every draw uses exactly one random number, so the rest of a seeded region does not depend on
 * which name was drawn.
 */
final class NameFrequency {

    /** Flattens the top of both curves: the most common name is a few times, not dozens of times, the tenth. */
    private static final double OFFSET = 4;

    private final List<String> common;
    private final double commonShare;
    private final NameParts tail;

    /**
     * @param common the common names, most common first
     * @param commonShare the share of people who have one of them; the others have a tail name
     * @param tail the parts the rarer names are made of
     */
    NameFrequency(List<String> common, double commonShare, NameParts tail) {
        if (common.isEmpty() || commonShare <= 0 || commonShare > 1) {
            throw new IllegalArgumentException("common names need a share in (0, 1]");
        }
        this.common = List.copyOf(common);
        this.commonShare = commonShare;
        this.tail = tail;
    }

    String draw(SplittableRandom random) {
        double roll = random.nextDouble();
        if (roll < commonShare) {
            return common.get(rank(Math.min(roll / commonShare, 1), common.size(), OFFSET));
        }
        double within = (roll - commonShare) / (1 - commonShare);
        return tail.name(rank(within, tail.size(), OFFSET + common.size()));
    }

    /**
     * The rank in 0..size-1 at which a uniform value falls when rank r has weight 1/(r + offset):
     * the inverse of that curve's cumulative share, taken as continuous.
     */
    static int rank(double uniform, int size, double offset) {
        double position = offset * Math.pow((size + offset) / offset, uniform) - offset;
        return Math.min(size - 1, (int) position);
    }
}
