package org.familycontext.synthetic.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

    private final SplittableRandom random = new SplittableRandom(3);

    @Test
    void aTypoIsOneSlipAndKeepsTheFirstLetter() {
        for (int i = 0; i < 1000; i++) {
            String typo = NameVariants.typo("Margaret", random);
            assertThat(typo).startsWith("M");
            assertThat(Math.abs(typo.length() - "Margaret".length())).isLessThanOrEqualTo(1);
        }
        assertThat(NameVariants.typo("Mo", random)).isEqualTo("Mo");
    }

    @Test
    void multiPartSurnamesAreWrittenInTheUsualOtherWays() {
        Set<String> hyphenated = new HashSet<>();
        Set<String> apostrophe = new HashSet<>();
        Set<String> particles = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            hyphenated.add(NameVariants.form("Smith-Jones", random));
            apostrophe.add(NameVariants.form("O'Neill", random));
            particles.add(NameVariants.form("Van der Berg", random));
        }
        assertThat(hyphenated).containsExactlyInAnyOrder("Smith Jones", "Jones", "Smith", "Smithjones");
        assertThat(apostrophe).containsExactlyInAnyOrder("ONeill", "O Neill");
        assertThat(particles).containsExactlyInAnyOrder("VanderBerg", "Berg", "Van Der Berg");
        assertThat(NameVariants.form("Taylor", random)).isEqualTo("Taylor");
    }

    @Test
    void brokenIdentifiersFailTheirChecks() {
        for (int i = 0; i < 100; i++) {
            assertThat(org.familycontext.kernel.NhsNumber.isValid(Identifiers.wrongCheckDigit("9434765870", random)))
                    .isFalse();
            char letter = Identifiers.otherCheckLetter('A', random);
            assertThat(org.familycontext.kernel.Upn.isValid(letter + "950000178301")).isFalse();
        }
    }
}
