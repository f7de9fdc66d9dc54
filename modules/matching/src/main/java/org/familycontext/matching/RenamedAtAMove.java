package org.familycontext.matching;

import java.util.Map;

/**
 * A family name that differs where one tenancy followed the other: a woman who marries and moves
 * changes her family name and her home together, so among one person's records a new family name
 * is far more common with a move than without one. Weighed as independent of the move, such pairs
 * stayed "possible" in large councils although nearly all are one person.
 *
 * <p>The family name's level "renamed at a move" refines "different" for pairs whose residence is
 * "moved that day" or "one after the other" ({@link Comparisons}). Its m is learnt like a swap
 * ({@link SwappedNames}): among candidate pairs with the given name and date of birth exact and
 * one tenancy following the other (nearly all one person), the number renamed per pair keeping
 * the family name, times the m of the family name exact. Its u is the family name's "different": among strangers the move itself
 * is weighed by the residence, and their names then differ as they do anyway. Pairs without
 * periods never take the level, so the other levels keep their m, and the other fields are learnt
 * as if there were no periods ({@link #withoutPeriods(long)}).
 */
final class RenamedAtAMove {

    /** The family name's level. */
    static final int LEVEL = Field.FAMILY_NAME.levels().indexOf("renamed at a move");
    private static final int DIFFERENT = Field.FAMILY_NAME.disagreement();
    private static final int EXACT = 0;
    private static final int MOVED_THAT_DAY = Field.RESIDENCE.levels().indexOf("moved that day");
    private static final int MOVED_ON = Field.RESIDENCE.levels().indexOf("one after the other");

    private RenamedAtAMove() {
    }

    /** True when two records' residence level reads as one move: a differing family name is then renamed at it. */
    static boolean movedOn(int residence) {
        return residence == MOVED_THAT_DAY || residence == MOVED_ON;
    }

    /**
     * Sets the level's m in the family name's row, from the candidate patterns; with fewer pairs
     * than a blocking key needs to train, it weighs as any other family name that differs.
     */
    static void learn(Map<Long, Long> patterns, double[] family) {
        long renamed = 0;
        long kept = 0;
        for (Map.Entry<Long, Long> entry : patterns.entrySet()) {
            long pattern = entry.getKey();
            if (Comparisons.levelIn(pattern, Field.DATE_OF_BIRTH) != EXACT || Comparisons.levelIn(pattern, Field.GIVEN_NAME) != EXACT
                    || !movedOn(Comparisons.levelIn(pattern, Field.RESIDENCE))) {
                continue;
            }
            int level = Comparisons.levelIn(pattern, Field.FAMILY_NAME);
            kept += level == EXACT ? entry.getValue() : 0;
            renamed += level == LEVEL ? entry.getValue() : 0;
        }
        family[LEVEL] = kept < Linker.MIN_TRAINING_PAIRS ? family[DIFFERENT] : Math.min(1, (renamed + 0.5) / kept) * family[EXACT];
    }

    /**
     * The family name's u among strangers: the level's share of random pairs goes back to
     * "different", and the level takes "different"'s u.
     */
    static void strangers(double[] familyU) {
        familyU[DIFFERENT] += familyU[LEVEL];
        familyU[LEVEL] = familyU[DIFFERENT];
    }

    /** The pattern as if neither record had a period at an address: residence not compared, a renamed family name different. */
    static long withoutPeriods(long pattern) {
        long plain = Comparisons.withLevel(pattern, Field.RESIDENCE, Comparisons.MISSING);
        return Comparisons.levelIn(plain, Field.FAMILY_NAME) == LEVEL ? Comparisons.withLevel(plain, Field.FAMILY_NAME, DIFFERENT) : plain;
    }
}
