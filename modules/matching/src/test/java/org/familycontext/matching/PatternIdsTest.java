package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PatternIdsTest {

    @Test
    void numbersPatternsInTheOrderFirstSeen() {
        PatternIds ids = new PatternIds();
        assertThat(ids.id(-1L)).isZero();
        assertThat(ids.id(0x0123L)).isEqualTo(1);
        assertThat(ids.id(-1L)).isZero();
        assertThat(ids.size()).isEqualTo(2);
        assertThat(ids.pattern(1)).isEqualTo(0x0123L);
    }

    @Test
    void countsAsAMapWouldThroughManyGrowths() {
        PatternIds ids = new PatternIds();
        Map<Long, Long> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // patterns whose two halves cancel out as a Long's hash, as comparison patterns do
            long low = random.nextInt(5_000);
            long pattern = -1L << 52 | low << 32 | low;
            ids.count(pattern);
            expected.merge(pattern, 1L, Long::sum);
        }
        assertThat(ids.counted()).isEqualTo(expected);
        assertThat(ids.size()).isEqualTo(expected.size());
    }

    @Test
    void patternsNumberedButNotCountedAreNotInTheCounts() {
        PatternIds ids = new PatternIds();
        ids.id(5L);
        ids.count(6L);
        ids.count(6L);
        assertThat(ids.counted()).containsExactly(Map.entry(6L, 2L));
    }
}
