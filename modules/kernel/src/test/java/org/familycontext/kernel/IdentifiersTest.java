package org.familycontext.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @Test
    void nhsNumbersFromTheDomainBrief() {
        assertThat(NhsNumber.isValid("9434765870")).isTrue();
        assertThat(NhsNumber.isValid("9434765871")).isFalse();
        assertThat(NhsNumber.parse("943 476 5870")).map(NhsNumber::formatted).contains("943 476 5870");
        assertThat(NhsNumber.parse("943-476-5870")).isPresent();
        assertThat(NhsNumber.parse("94347658701")).isEmpty();
        assertThat(NhsNumber.parse(null)).isEmpty();
    }

    @Test
    void aCheckRemainderOfTenMeansNoValidNumber() {
        String nine = findNineDigitsWithoutCheck();
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid(nine + last)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A950000178301", "H243278544154"})
    void validUpns(String upn) {
        assertThat(Upn.isValid(upn)).isTrue();
        assertThat(Upn.parse(upn.toLowerCase())).map(Upn::value).contains(upn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"R247962919251", "X428558133462", "UN1", "A95000017830", ""})
    void invalidUpns(String upn) {
        assertThat(Upn.isValid(upn)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk4 2ab", "SK42AB", " m1 1aa ", "LS10 1AB", "EC1A 1BB", "W1A 0AX", "GIR 0AA", "B33 8TH"})
    void postcodesAreNormalised(String text) {
        assertThat(Postcode.parse(text)).isPresent().get().extracting(Postcode::value).asString().matches("[A-Z0-9]+ [0-9][A-Z]{2}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SK4", "12345", "SK4 2A", "SKK4 2AB", "QQ"})
    void notPostcodes(String text) {
        assertThat(Postcode.parse(text)).isEmpty();
    }

    private static String findNineDigitsWithoutCheck() {
        for (int n = 100000000; ; n++) {
            String nine = Integer.toString(n);
            if (NhsNumber.checkDigit(nine) == -1) {
                return nine;
            }
        }
    }
}
