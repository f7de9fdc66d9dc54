package org.familycontext.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CouncilIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"stockport", "leeds", "north-east-lincolnshire", "b2", "st-helens"})
    void acceptsLowerCaseIds(String id) {
        assertThat(new CouncilId(id).value()).isEqualTo(id);
        assertThat(CouncilId.parse(id)).contains(new CouncilId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Leeds", "2leeds", "-leeds", "leeds.yaml", "../etc", "leeds council",
        "region", "schema", "branding", "a2345678901234567890123456789012345678901"})
    void refusesAnythingElse(String id) {
        assertThat(CouncilId.parse(id)).isEmpty();
        assertThatThrownBy(() -> new CouncilId(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void parseToleratesNull() {
        assertThat(CouncilId.parse(null)).isEmpty();
    }
}
