package org.familycontext.matching;

import java.util.Map;

/**
 * Given and family names written the other way round: what that says, learnt from the data.
 *
 * <p>Swapping is one event that shows in both name fields (each record's given name is the
 * other's family name), so counting both fields' weights would count it twice. The given name's
 * "swapped" level carries the event's whole weight and the family name's adds nothing (its m is
 * set to its u).
 *
 * <p>EM cannot learn the event's m: it learns the name fields' m from pairs that share a family
 * name or a given name exactly, and a swapped pair shares neither. Among the candidate pairs that
 * agree exactly on a whole date of birth, nearly all pairs whose names agree exactly, or are
 * swapped, are one person; so the ratio of swapped to exact among them is the ratio of their m,
 * and P(swapped | match) is that ratio times P(both names exact | match). Fewer blocking keys bring
 * swapped names together than exact ones, so in a large council whose blocks are partly skipped the
 * ratio comes out low: the swap then weighs less, which errs towards precision.
 */
final class SwappedNames {

    private static final int GIVEN_SWAPPED = Field.GIVEN_NAME.levels().indexOf("swapped");
    private static final int FAMILY_SWAPPED = Field.FAMILY_NAME.levels().indexOf("swapped");
    private static final int DATE_EXACT = 0;

    private SwappedNames() {
    }

    /**
     * Sets m for the swapped levels in {@code m} (per field ordinal; the names' rows must be there),
     * from the candidate patterns; {@code u} is the model's u. Nothing changes without enough pairs.
     */
    static void learn(Map<Long, Long> patterns, double[][] m, double[][] u) {
        double[] given = m[Field.GIVEN_NAME.ordinal()];
        double[] family = m[Field.FAMILY_NAME.ordinal()];
        if (given == null || family == null) {
            return;
        }
        long exact = 0;
        long swapped = 0;
        for (Map.Entry<Long, Long> entry : patterns.entrySet()) {
            long pattern = entry.getKey();
            if (Comparisons.levelIn(pattern, Field.DATE_OF_BIRTH) != DATE_EXACT) {
                continue;
            }
            int g = Comparisons.levelIn(pattern, Field.GIVEN_NAME);
            int f = Comparisons.levelIn(pattern, Field.FAMILY_NAME);
            if (g == 0 && f == 0) {
                exact += entry.getValue();
            } else if (g == GIVEN_SWAPPED && f == FAMILY_SWAPPED) {
                swapped += entry.getValue();
            }
        }
        if (exact < Linker.MIN_TRAINING_PAIRS) {
            // fewer exact pairs than a blocking key needs to train give no estimate: the model's m stands
            return;
        }
        double share = Math.min(1, (swapped + 0.5) / exact) * given[0] * family[0];
        replace(given, GIVEN_SWAPPED, share);
        replace(family, FAMILY_SWAPPED, u[Field.FAMILY_NAME.ordinal()][FAMILY_SWAPPED]);
    }

    /** Sets one level's m and scales the others so that they still sum to one. */
    private static void replace(double[] m, int level, double value) {
        double others = 1 - m[level];
        double scale = others <= 0 ? 0 : (1 - value) / others;
        for (int l = 0; l < m.length; l++) {
            m[l] = l == level ? value : m[l] * scale;
        }
    }
}
