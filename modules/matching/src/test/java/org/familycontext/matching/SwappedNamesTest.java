package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SwappedNamesTest {

    private static final int GIVEN_SWAPPED = Field.GIVEN_NAME.levels().indexOf("swapped");
    private static final int FAMILY_SWAPPED = Field.FAMILY_NAME.levels().indexOf("swapped");
    private static final int GIVEN_CROSSED = Field.GIVEN_NAME.levels().indexOf("crossed");
    private static final int FAMILY_DIFFERENT = Field.FAMILY_NAME.disagreement();
    private static final int DATE_DIFFERENT = Field.DATE_OF_BIRTH.disagreement();

    /** A pattern comparing the three fields at these levels, every other field missing. */
    private static long pattern(int given, int family, int date) {
        long pattern = -1L;
        pattern = Comparisons.withLevel(pattern, Field.GIVEN_NAME, given);
        pattern = Comparisons.withLevel(pattern, Field.FAMILY_NAME, family);
        return Comparisons.withLevel(pattern, Field.DATE_OF_BIRTH, date);
    }

    /**
     * Pairs born on one day with both names exact, pairs born on one day with the names at these
     * levels, and pairs with the names at these levels born on different days.
     */
    private static Map<Long, Long> names(long exact, int given, int family, long sameDay, long otherDay) {
        Map<Long, Long> patterns = new HashMap<>();
        patterns.put(pattern(0, 0, 0), exact);
        patterns.put(pattern(given, family, 0), sameDay);
        patterns.put(pattern(given, family, DATE_DIFFERENT), otherDay);
        return patterns;
    }

    private static double[][] evenRows() {
        double[][] rows = new double[Field.values().length][];
        for (Field field : new Field[] {Field.GIVEN_NAME, Field.FAMILY_NAME}) {
            int levels = field.levels().size();
            rows[field.ordinal()] = new double[levels];
            rows[field.ordinal()][0] = 0.5;
            for (int l = 1; l < levels; l++) {
                rows[field.ordinal()][l] = 0.5 / (levels - 1);
            }
        }
        return rows;
    }

    private static double sum(double[] row) {
        double sum = 0;
        for (double v : row) {
            sum += v;
        }
        return sum;
    }

    @Test
    void theShareOfSwappedNamesAmongPairsBornOnOneDayBecomesOneWeightCountedOnce() {
        // swapped names with another date of birth say nothing of the share: they may be strangers
        Map<Long, Long> patterns = names(200, GIVEN_SWAPPED, FAMILY_SWAPPED, 40, 5_000);
        double[][] m = evenRows();
        double[][] u = evenRows();
        u[Field.FAMILY_NAME.ordinal()][FAMILY_SWAPPED] = 0.0004;

        SwappedNames.learn(patterns, m, u);

        double exactBoth = 0.5 * 0.5;
        assertThat(m[Field.GIVEN_NAME.ordinal()][GIVEN_SWAPPED]).as("swapped: (40.5 / 200) of both names exact")
                .isCloseTo(40.5 / 200 * exactBoth, Offset.offset(1e-12));
        assertThat(m[Field.FAMILY_NAME.ordinal()][FAMILY_SWAPPED]).as("the family name adds nothing: m = u").isEqualTo(0.0004);
        assertThat(sum(m[Field.GIVEN_NAME.ordinal()])).isCloseTo(1, Offset.offset(1e-12));
        assertThat(sum(m[Field.FAMILY_NAME.ordinal()])).isCloseTo(1, Offset.offset(1e-12));
        assertThat(m[Field.GIVEN_NAME.ordinal()][0] / m[Field.GIVEN_NAME.ordinal()][1]).as("the other levels keep their proportions")
                .isCloseTo(0.5 / (0.5 / (Field.GIVEN_NAME.levels().size() - 1)), Offset.offset(1e-9));
    }

    @Test
    void theShareOfCrossedNamesAmongPairsBornOnOneDayIsLearntAndTheFamilyNameStaysDifferent() {
        // a family name entered as the given name, the other name new
        Map<Long, Long> patterns = names(400, GIVEN_CROSSED, FAMILY_DIFFERENT, 9, 3_000);
        double[][] m = evenRows();
        double[] family = m[Field.FAMILY_NAME.ordinal()].clone();

        SwappedNames.learn(patterns, m, evenRows());

        assertThat(m[Field.GIVEN_NAME.ordinal()][GIVEN_CROSSED]).as("crossed: (9.5 / 400) of both names exact")
                .isCloseTo(9.5 / 400 * 0.5 * 0.5, Offset.offset(1e-12));
        assertThat(m[Field.FAMILY_NAME.ordinal()][FAMILY_DIFFERENT]).as("the family name's different is left as it was")
                .isCloseTo(family[FAMILY_DIFFERENT] * (1 - m[Field.FAMILY_NAME.ordinal()][FAMILY_SWAPPED])
                        / (1 - family[FAMILY_SWAPPED]), Offset.offset(1e-12));
        assertThat(sum(m[Field.GIVEN_NAME.ordinal()])).isCloseTo(1, Offset.offset(1e-12));
    }

    @Test
    void aSourceThatWritesMostNamesTheOtherWayRoundLeavesEveryLevelAShare() {
        Map<Long, Long> patterns = names(100, GIVEN_SWAPPED, FAMILY_SWAPPED, 120, 0);
        patterns.put(pattern(GIVEN_CROSSED, FAMILY_DIFFERENT, 0), 40L);
        double[][] m = evenRows();
        for (Field field : new Field[] {Field.GIVEN_NAME, Field.FAMILY_NAME}) {
            double[] row = m[field.ordinal()];
            java.util.Arrays.fill(row, 0.1 / (row.length - 1));
            row[0] = 0.9;
        }
        SwappedNames.learn(patterns, m, evenRows());
        double[] given = m[Field.GIVEN_NAME.ordinal()];
        assertThat(java.util.Arrays.stream(given).min().orElseThrow()).as("no level below zero").isPositive();
        assertThat(sum(given)).isCloseTo(1, Offset.offset(1e-12));
        assertThat(given[GIVEN_SWAPPED] + given[GIVEN_CROSSED]).as("at most half of the name's m").isCloseTo(0.5, Offset.offset(1e-12));
        assertThat(given[GIVEN_SWAPPED] / given[GIVEN_CROSSED]).as("in proportion (the swap's share at most one)")
                .isCloseTo(1 / (40.5 / 100), Offset.offset(1e-9));
    }

    @Test
    void tooFewPairsBornOnOneDayLeaveTheSwapAsItWasAndTheCrossingSaysNothing() {
        Map<Long, Long> patterns = new HashMap<>();
        patterns.put(pattern(0, 0, 0), (long) Linker.MIN_TRAINING_PAIRS - 1);
        patterns.put(pattern(GIVEN_SWAPPED, FAMILY_SWAPPED, 0), 30L);
        patterns.put(pattern(GIVEN_CROSSED, FAMILY_DIFFERENT, 0), 30L);
        double[][] m = evenRows();
        double[][] u = evenRows();
        u[Field.GIVEN_NAME.ordinal()][GIVEN_CROSSED] = 0.0003;
        SwappedNames.learn(patterns, m, u);
        assertThat(m[Field.GIVEN_NAME.ordinal()][GIVEN_CROSSED]).as("m = u").isEqualTo(0.0003);
        double[] before = evenRows()[Field.GIVEN_NAME.ordinal()];
        assertThat(m[Field.GIVEN_NAME.ordinal()][GIVEN_SWAPPED] / m[Field.GIVEN_NAME.ordinal()][0]).as("the swap as it was")
                .isCloseTo(before[GIVEN_SWAPPED] / before[0], Offset.offset(1e-12));
        assertThat(m[Field.FAMILY_NAME.ordinal()]).isEqualTo(evenRows()[Field.FAMILY_NAME.ordinal()]);
    }

    @Test
    void withoutBothNamesTrainedNothingChanges() {
        Map<Long, Long> patterns = Map.of(pattern(0, 0, 0), 500L, pattern(GIVEN_SWAPPED, FAMILY_SWAPPED, 0), 50L);
        double[][] m = evenRows();
        m[Field.FAMILY_NAME.ordinal()] = null;
        double[] given = m[Field.GIVEN_NAME.ordinal()].clone();
        SwappedNames.learn(patterns, m, evenRows());
        assertThat(m[Field.GIVEN_NAME.ordinal()]).isEqualTo(given);
    }
}
