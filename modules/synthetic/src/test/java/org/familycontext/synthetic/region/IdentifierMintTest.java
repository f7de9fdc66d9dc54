package org.familycontext.synthetic.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.familycontext.kernel.NhsNumber;
import org.familycontext.kernel.Upn;
import org.junit.jupiter.api.Test;

class IdentifierMintTest {

    private final IdentifierMint mint = new IdentifierMint(42);

    @Test
    void nhsNumbersAreValidAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (long key = 0; key < 300_000; key++) {
            String nhs = mint.nhsNumber(key * 7 % 30_000_000);
            assertThat(NhsNumber.isValid(nhs)).as(nhs).isTrue();
            assertThat(seen.add(nhs)).as(nhs).isTrue();
        }
    }

    @Test
    void upnsAreValidNeverRepeatAndCarryTheCouncilAndYear() {
        Set<String> seen = new HashSet<>();
        for (long serial = 0; serial < 200_000; serial++) {
            String upn = mint.upn("356", 2019, serial, serial % 50 == 0);
            assertThat(Upn.isValid(upn)).as(upn).isTrue();
            assertThat(upn.substring(1, 4)).isEqualTo("356");
            assertThat(upn.substring(8, 10)).isEqualTo("19");
            assertThat(seen.add(upn)).as(upn).isTrue();
        }
        assertThat(mint.upn("356", 2019, 50, true)).matches("[A-Z]\\d{11}[A-Z]");
    }

    @Test
    void theDomainBriefsExamplesAgreeWithTheKernel() {
        assertThat(NhsNumber.isValid("9434765870")).isTrue();
        assertThat(Upn.isValid("A950000178301")).isTrue();
    }
}
