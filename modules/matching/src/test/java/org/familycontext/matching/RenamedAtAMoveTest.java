package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RenamedAtAMoveTest {

    private static final int RENAMED = RenamedAtAMove.LEVEL;
    private static final int DIFFERENT = Field.FAMILY_NAME.disagreement();
    private static final int MOVED_ON = Field.RESIDENCE.levels().indexOf("one after the other");
    private static final int MOVED_THAT_DAY = Field.RESIDENCE.levels().indexOf("moved that day");

    /** Given name, family name, date of birth and residence at these levels, every other field missing. */
    private static long pattern(int given, int family, int residence) {
        long pattern = Comparisons.withLevel(-1L, Field.GIVEN_NAME, given);
        pattern = Comparisons.withLevel(pattern, Field.FAMILY_NAME, family);
        pattern = Comparisons.withLevel(pattern, Field.DATE_OF_BIRTH, 0);
        return Comparisons.withLevel(pattern, Field.RESIDENCE, residence);
    }

    private static double[] evenFamily() {
        double[] row = new double[Field.FAMILY_NAME.levels().size()];
        java.util.Arrays.fill(row, 0.5 / (row.length - 1));
        row[0] = 0.5;
        return row;
    }

    @Test
    void aFamilyNameChangedAtAMoveIsLearntFromThePairsWhoseHomesFollowedOneAnother() {
        Map<Long, Long> patterns = new HashMap<>();
        patterns.put(pattern(0, 0, MOVED_ON), 100L);
        patterns.put(pattern(0, RENAMED, MOVED_ON), 9L);
        patterns.put(pattern(0, 0, MOVED_THAT_DAY), 200L);
        patterns.put(pattern(0, RENAMED, MOVED_THAT_DAY), 20L);
        // without the move, or with another given name, they say nothing of it
        patterns.put(pattern(0, RENAMED, Comparisons.MISSING), 9_000L);
        patterns.put(pattern(3, RENAMED, MOVED_ON), 9_000L);
        patterns.put(pattern(0, RENAMED, Field.RESIDENCE.levels().indexOf("within a year")), 9_000L);
        double[] family = evenFamily();
        RenamedAtAMove.learn(patterns, family);
        double[] before = evenFamily();
        assertThat(family[RENAMED]).as("(29.5 / 300) of the family name exact, both levels of a move counted")
                .isCloseTo(29.5 / 300 * family[0], Offset.offset(1e-12));
        assertThat(family[0]).as("the levels pairs without periods take keep their m").isEqualTo(before[0]);

        Map<Long, Long> few = Map.of(pattern(0, 0, MOVED_ON), (long) Linker.MIN_TRAINING_PAIRS - 1, pattern(0, RENAMED, MOVED_ON), 40L);
        double[] even = evenFamily();
        RenamedAtAMove.learn(few, even);
        assertThat(even[RENAMED]).as("too few: weighs as any other family name").isEqualTo(even[DIFFERENT]);
    }

    @Test
    void amongStrangersARenamedFamilyNameIsAsCommonAsAnyThatDiffers() {
        double[] u = {0.01, 0.001, 0.001, 0.002, 0.001, 0.0001, 0.0009, 0.984};
        RenamedAtAMove.strangers(u);
        assertThat(u[DIFFERENT]).as("the level's random pairs go back to different").isCloseTo(0.9849, Offset.offset(1e-12));
        assertThat(u[RENAMED]).isEqualTo(u[DIFFERENT]);
    }

    @Test
    void withoutPeriodsTheResidenceIsNotComparedAndARenamedNameIsDifferent() {
        long plain = RenamedAtAMove.withoutPeriods(pattern(0, RENAMED, MOVED_ON));
        assertThat(Comparisons.levelIn(plain, Field.RESIDENCE)).isEqualTo(Comparisons.MISSING);
        assertThat(Comparisons.levelIn(plain, Field.FAMILY_NAME)).isEqualTo(DIFFERENT);
        assertThat(Comparisons.levelIn(plain, Field.GIVEN_NAME)).isZero();
        assertThat(RenamedAtAMove.withoutPeriods(pattern(0, 0, MOVED_ON))).isEqualTo(pattern(0, 0, Comparisons.MISSING));
    }
}
