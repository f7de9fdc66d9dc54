package org.familycontext.matching;

import java.util.Map;

/**
 * Given and family names written the other way round, or one of them in the other's place: what
 * that says, learnt from the data.
 *
 * <p>Swapping is one event that shows in both name fields (each record's given name is the
 * other's family name), so counting both fields' weights would count it twice. The given name's
 * "swapped" level carries the event's whole weight and the family name's adds nothing (its m is
 * set to its u).
 *
 * <p>Crossing is a family name entered as the given name (or the reverse) with the other name
 * new: one record's given name is the other's family name, and the remaining names differ. The
 * given name's "crossed" level carries the crossing; the family name stays "different", as the
 * remaining names are.
 *
 * <p>EM cannot learn either event's m: it learns the name fields' m from pairs that share a family
 * name or a given name exactly, and a swapped or crossed pair shares neither. Among the candidate
 * pairs that agree exactly on a whole date of birth, nearly all pairs whose names agree exactly,
 * or are swapped or crossed, are one person; so the ratio of swapped (or crossed) to exact among
 * them is the ratio of their m, and P(swapped | match) is that ratio times P(both names exact |
 * match); likewise for crossed, which then also takes the family name's "different" weight, so
 * the crossing counts for less than a swap. Fewer blocking keys bring swapped or crossed names
 * together than exact ones, so in a large council whose blocks are partly skipped the ratio comes
 * out low: the event then weighs less, which errs towards precision. The two together take at most
 * half of the given name's m. Without enough exact pairs to learn from, a swap keeps EM's m and a
 * crossing says nothing (its m is its u); where no blocking key could learn the names' m at all,
 * EM's m stands for both.
 */
final class SwappedNames {

    private static final int GIVEN_SWAPPED = Field.GIVEN_NAME.levels().indexOf("swapped");
    private static final int FAMILY_SWAPPED = Field.FAMILY_NAME.levels().indexOf("swapped");
    private static final int GIVEN_CROSSED = Field.GIVEN_NAME.levels().indexOf("crossed");
    private static final int FAMILY_DIFFERENT = Field.FAMILY_NAME.disagreement();
    private static final int DATE_EXACT = 0;
    /** The most of a name's m the two events together may take. */
    private static final double MAX_SHARE = 0.5;

    private SwappedNames() {
    }

    /**
     * Sets m for the swapped and crossed levels in {@code m} (per field ordinal; the names' rows must
     * be there), from the candidate patterns; {@code u} is the model's u.
     */
    static void learn(Map<Long, Long> patterns, double[][] m, double[][] u) {
        double[] given = m[Field.GIVEN_NAME.ordinal()];
        double[] family = m[Field.FAMILY_NAME.ordinal()];
        if (given == null || family == null) {
            return;
        }
        long exact = 0;
        long swapped = 0;
        long crossed = 0;
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
            } else if (g == GIVEN_CROSSED && (f == FAMILY_DIFFERENT || f == RenamedAtAMove.LEVEL)) {
                crossed += entry.getValue();
            }
        }
        if (exact < Linker.MIN_TRAINING_PAIRS) {
            // fewer exact pairs than a blocking key needs to train give no estimate: the swap's m stands, a crossing says nothing
            replace(given, GIVEN_CROSSED, u[Field.GIVEN_NAME.ordinal()][GIVEN_CROSSED]);
            return;
        }
        double bothExact = given[0] * family[0];
        double swap = Math.min(1, (swapped + 0.5) / exact) * bothExact;
        double crossing = Math.min(1, (crossed + 0.5) / exact) * bothExact;
        // a source that writes most names the other way round could ask for more than the other levels can give up
        double scale = Math.min(1, MAX_SHARE / (swap + crossing));
        replace(given, new int[] {GIVEN_SWAPPED, GIVEN_CROSSED}, swap * scale, crossing * scale);
        replace(family, new int[] {FAMILY_SWAPPED}, u[Field.FAMILY_NAME.ordinal()][FAMILY_SWAPPED]);
    }

    private static void replace(double[] m, int level, double value) {
        replace(m, new int[] {level}, value);
    }

    /** Sets these levels' m and scales the others so that they still sum to one. */
    private static void replace(double[] m, int[] levels, double... values) {
        double others = 1;
        double set = 0;
        for (int i = 0; i < levels.length; i++) {
            others -= m[levels[i]];
            set += values[i];
        }
        double scale = others <= 0 ? 0 : (1 - set) / others;
        double[] before = m.clone();
        for (int l = 0; l < m.length; l++) {
            m[l] = before[l] * scale;
        }
        for (int i = 0; i < levels.length; i++) {
            m[levels[i]] = values[i];
        }
    }
}
