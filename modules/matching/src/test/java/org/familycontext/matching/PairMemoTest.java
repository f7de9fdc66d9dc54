package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairMemoTest {

    @Test
    void remembersAPairInEitherOrderAndForgetsItUnderAnotherNumbering() {
        PairMemo memo = new PairMemo();
        long first = PairMemo.newNumbering();
        assertThat(memo.get(first, 3, 7)).isEqualTo(PairMemo.MISS);
        memo.put(3, 7, 2);
        assertThat(memo.get(first, 7, 3)).isEqualTo(2);
        assertThat(memo.get(first, 3, 8)).isEqualTo(PairMemo.MISS);
        memo.put(0, 0, 0);
        assertThat(memo.get(first, 0, 0)).as("a pair of zeros is not an empty slot").isZero();
        long second = PairMemo.newNumbering();
        assertThat(second).isNotEqualTo(first);
        assertThat(memo.get(second, 3, 7)).as("another set of records").isEqualTo(PairMemo.MISS);
        memo.put(Integer.MAX_VALUE - 1, Integer.MAX_VALUE, 3);
        assertThat(memo.get(second, Integer.MAX_VALUE, Integer.MAX_VALUE - 1)).isEqualTo(3);
    }
}
