package org.familycontext.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.familycontext.kernel.CouncilId;
import org.junit.jupiter.api.Test;

class RegionSpecTest {

    private static final CouncilId STOCKPORT = new CouncilId("stockport");

    @Test
    void councilsGetTheirUsualStyles() {
        RegionSpec spec = RegionSpec.defaults();
        assertThat(spec.councils()).extracting(CouncilSpec::style)
                .containsExactly(ExtractStyle.LIQUIDLOGIC, ExtractStyle.MOSAIC, ExtractStyle.ECLIPSE);
        assertThat(ExtractStyle.forCouncil(new CouncilId("trafford"))).isEqualTo(ExtractStyle.LIQUIDLOGIC);
        assertThat(spec.withStyle(STOCKPORT, ExtractStyle.ECLIPSE).councils().get(0).style())
                .isEqualTo(ExtractStyle.ECLIPSE);
        assertThat(ExtractStyle.byId(" Mosaic ")).contains(ExtractStyle.MOSAIC);
    }

    @Test
    void rejectsWhatCannotBeGenerated() {
        assertThatThrownBy(() -> RegionSpec.of(List.of(), 10, 1, RegionSpec.DEFAULT_AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionSpec.of(List.of(STOCKPORT, STOCKPORT), 10, 1, RegionSpec.DEFAULT_AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionSpec.of(List.of(new CouncilId("truth")), 10, 1, RegionSpec.DEFAULT_AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionSpec.of(List.of(STOCKPORT), 0, 1, RegionSpec.DEFAULT_AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
