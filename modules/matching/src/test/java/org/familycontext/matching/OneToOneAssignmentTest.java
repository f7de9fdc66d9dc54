package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OneToOneAssignmentTest {

    /** Ten records on each side; the first nine of side 0 are linked to the first nine of side 1. */
    private static final byte[] SIDES = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    private static boolean[] nineLinked() {
        boolean[] linked = new boolean[SIDES.length];
        for (int i = 0; i < 9; i++) {
            linked[i] = true;
            linked[10 + i] = true;
        }
        return linked;
    }

    private static ScoredPair unsure(int left, int right, double weight, double probability) {
        return new ScoredPair(left, right, probability, weight, 0L, ScoredPair.Decision.POSSIBLE);
    }

    @Test
    void aLoneCandidateIsLinkedWhenTheModelExpectsItsRecordToHaveACounterpart() {
        // the pair's own probability says half a match is left among the last two records
        List<ScoredPair> assigned = new OneToOneAssignment(SIDES, 0.95).assign(List.of(unsure(9, 19, 8, 0.5)), nineLinked());
        assertThat(assigned).singleElement().satisfies(pair -> {
            assertThat(pair.decision()).isEqualTo(ScoredPair.Decision.LINK);
            assertThat(pair.probability()).isGreaterThan(0.99).isLessThan(1);
            assertThat(pair.weight()).isEqualTo(8);
        });
    }

    @Test
    void theSamePairStaysUnlinkedWhenFewMoreMatchesAreExpected() {
        assertThat(new OneToOneAssignment(SIDES, 0.95).assign(List.of(unsure(9, 19, 8, 0.02)), nineLinked())).isEmpty();
    }

    @Test
    void rivalCandidatesShareTheProbabilityAndEachRecordIsLinkedOnce() {
        boolean[] linked = nineLinked();
        linked[8] = false;
        linked[18] = false;
        // record 9 has two candidates that agree equally well: neither is probable enough
        List<ScoredPair> rivals = List.of(unsure(9, 19, 6, 0.5), unsure(9, 18, 6, 0.5));
        assertThat(new OneToOneAssignment(SIDES, 0.95).assign(rivals, linked)).isEmpty();
        // one clearly stronger: it is taken, and record 9 is not linked a second time
        List<ScoredPair> stronger = List.of(unsure(9, 19, 16, 0.5), unsure(9, 18, 3, 0.01), unsure(8, 19, 3, 0.01),
                unsure(8, 18, 14, 0.5));
        assertThat(new OneToOneAssignment(SIDES, 0.95).assign(stronger, linked))
                .extracting(p -> p.left() + "-" + p.right()).containsExactlyInAnyOrder("9-19", "8-18");
    }

    @Test
    void linkedRecordsAreNotOfferedAgain() {
        assertThat(new OneToOneAssignment(SIDES, 0.95).assign(List.of(unsure(3, 19, 20, 0.5)), nineLinked())).isEmpty();
    }

    @Test
    void aRecordOfTheLargerSideIsLessLikelyToHaveACounterpartAndItsViewCounts() {
        // one record on the left, ten on the right, nothing linked: the left record expects half a match,
        // each right record a twentieth of one
        byte[] sides = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        boolean[] linked = new boolean[sides.length];
        assertThat(new OneToOneAssignment(sides, 0.95).assign(List.of(unsure(0, 1, 8, 0.5)), linked)).isEmpty();
        assertThat(new OneToOneAssignment(sides, 0.95).assign(List.of(unsure(0, 1, 12, 0.5)), linked)).hasSize(1);
    }
}
