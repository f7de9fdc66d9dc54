package org.familycontext.presentation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CouncilThemeTest {

    @Test
    void colourTheHeader() {
        assertThat(CouncilTheme.css("#00703c")).contains(".fc-header.govuk-header { background-color: #00703c;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#fff", "#00703c; } body { display:none", "</style><script>", ""})
    void refuseAnythingButAHexColour(String colour) {
        assertThatThrownBy(() -> CouncilTheme.css(colour)).isInstanceOf(IllegalArgumentException.class);
    }
}
