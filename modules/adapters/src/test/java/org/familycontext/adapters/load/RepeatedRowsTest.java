package org.familycontext.adapters.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RepeatedRowsTest {

    private final RepeatedRows repeated = new RepeatedRows();

    @Test
    void aKeySeenBeforeGivesTheRowThatFirstHadIt() {
        assertThat(repeated.firstRowOf("P1\u001fCIN", 1)).isZero();
        assertThat(repeated.firstRowOf("P2\u001fCIN", 2)).isZero();
        assertThat(repeated.firstRowOf("P1\u001fCIN", 3)).isEqualTo(1);
        assertThat(repeated.firstRowOf("P1\u001fCIN", 4)).isEqualTo(1);
        assertThat(repeated.firstRowOf("P1\u001fCP", 5)).isZero();
    }

    @Test
    void keysThatDifferOnlyInCaseOrAccentsAreDifferentKeys() {
        assertThat(repeated.firstRowOf("Renée", 1)).isZero();
        assertThat(repeated.firstRowOf("Renee", 2)).isZero();
        assertThat(repeated.firstRowOf("renée", 3)).isZero();
        assertThat(repeated.firstRowOf("Renée", 4)).isEqualTo(1);
    }

    @Test
    void keepsEveryKeyWhileGrowingFarBeyondItsFirstSize() {
        int keys = 300_000;
        for (int row = 1; row <= keys; row++) {
            assertThat(repeated.firstRowOf("record " + row, row)).isZero();
        }
        for (int row = 1; row <= keys; row++) {
            long first = repeated.firstRowOf("record " + row, keys + row);
            if (first != row) {
                assertThat(first).as("repeat of row %d", row).isEqualTo(row);
            }
        }
    }

    @Test
    void rowsCountFromOne() {
        assertThatThrownBy(() -> repeated.firstRowOf("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
