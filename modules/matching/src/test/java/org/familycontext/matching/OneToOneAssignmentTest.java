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
    void aLoneCandidateIsLinkedWhenTheRecordsLeftStandOutAgainstIt() {
        // the pair's own probability is low; the constraint, with one record left on each side, makes it near certain
        List<ScoredPair> assigned = new OneToOneAssignment(SIDES, 0.95).assign(List.of(unsure(9, 19, 8, 0.02)), nineLinked());
        assertThat(assigned).singleElement().satisfies(pair -> {
            assertThat(pair.decision()).isEqualTo(ScoredPair.Decision.LINK);
            assertThat(pair.probability()).isGreaterThan(0.99).isLessThan(1);
            assertThat(pair.weight()).isEqualTo(8);
        });
    }

    @Test
    void whereMostRecordsLeftHaveNoCandidateAPairMustAgreeMore() {
        // nothing linked, ten records a side, one pair: most records have no counterpart, so weight 8 is not enough
        boolean[] none = new boolean[SIDES.length];
        assertThat(new OneToOneAssignment(SIDES, 0.95).assign(List.of(unsure(9, 19, 8, 0.5)), none)).isEmpty();
        assertThat(new OneToOneAssignment(SIDES, 0.95).assign(List.of(unsure(9, 19, 12, 0.5)), none)).hasSize(1);
    }

    @Test
    void whereMostRecordsLeftStandOutAgainstOneCandidateTheyAreLinked() {
        // nothing linked: eight of ten records a side agree well with one record of the other side, two have no candidate
        boolean[] none = new boolean[SIDES.length];
        List<ScoredPair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pairs.add(unsure(i, 10 + i, 7, 0.1));
        }
        assertThat(new OneToOneAssignment(SIDES, 0.95).assign(pairs, none)).hasSize(8);
        // the same pairs among a hundred records a side: few have a counterpart, and the same agreement is not enough
        byte[] many = new byte[200];
        java.util.Arrays.fill(many, 100, 200, (byte) 1);
        List<ScoredPair> sparse = pairs.stream().map(p -> unsure(p.left(), p.right() + 90, 7, 0.1)).toList();
        assertThat(new OneToOneAssignment(many, 0.95).assign(sparse, new boolean[200])).isEmpty();
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
        // one record on the left, ten on the right, nothing linked: the left record likely has its counterpart,
        // each right record likely not
        byte[] sides = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        boolean[] linked = new boolean[sides.length];
        assertThat(new OneToOneAssignment(sides, 0.95).assign(List.of(unsure(0, 1, 6, 0.5)), linked)).isEmpty();
        assertThat(new OneToOneAssignment(sides, 0.95).assign(List.of(unsure(0, 1, 12, 0.5)), linked)).hasSize(1);
    }
}
