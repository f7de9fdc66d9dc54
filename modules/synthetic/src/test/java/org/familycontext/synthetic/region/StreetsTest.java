package org.familycontext.synthetic.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.Postcode;
import org.junit.jupiter.api.Test;

class StreetsTest {

    private final Streets streets = new Streets(1);

    @Test
    void aDwellingIsAlwaysTheSameAndUprnsNeverRepeat() {
        CouncilGeography stockport = CouncilGeography.of(new CouncilId("stockport"), 0);
        Set<String> uprns = new HashSet<>();
        for (long n = 0; n < 50_000; n++) {
            Dwelling dwelling = streets.dwelling(stockport, n * 13);
            assertThat(dwelling).isEqualTo(streets.dwelling(stockport, n * 13));
            assertThat(dwelling.uprn()).matches("\\d{12}");
            assertThat(uprns.add(dwelling.uprn())).isTrue();
            assertThat(Postcode.parse(dwelling.postcode()).map(Postcode::outward).orElseThrow()).matches("SK[1-8]");
            assertThat(dwelling.address()).endsWith(", Stockport");
        }
    }

    @Test
    void councilsWithoutAKnownGeographyGetPlausibleOnes() {
        CouncilGeography york = CouncilGeography.of(new CouncilId("york"), 3);
        Dwelling dwelling = streets.dwelling(york, 99);
        assertThat(Postcode.parse(dwelling.postcode()).map(Postcode::outward).orElseThrow()).matches("YO[1-9]");
        assertThat(york.town()).isEqualTo("York");
        assertThat(york.phone(7)).isEqualTo("01632 960007");
        assertThat(CouncilGeography.of(new CouncilId("east-riding"), 4).town()).isEqualTo("East Riding");
    }
}
