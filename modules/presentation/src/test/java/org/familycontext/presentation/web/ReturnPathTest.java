package org.familycontext.presentation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.familycontext.kernel.CouncilId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

    private static final CouncilId LEEDS = new CouncilId("leeds");

    @ParameterizedTest
    @ValueSource(strings = {"/t/leeds/search", "/t/leeds/people/p-123", "/t/leeds/api/me"})
    void keepsPathsUnderTheSameCouncil(String path) {
        assertThat(ReturnPath.within(LEEDS, path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "https://evil.example/", "//evil.example/t/leeds/x", "/t/stockport/search",
        "/t/leeds/../stockport/search", "/t/leeds//evil.example", "/t/leeds/search?x=1", "/t/leeds/a\r\nSet-Cookie: x",
        "javascript:alert(1)", "/t/leeds/%2e%2e/x"})
    void sendsAnythingElseToTheSearchPage(String path) {
        assertThat(ReturnPath.within(LEEDS, path)).isEqualTo("/t/leeds/search");
    }
}
