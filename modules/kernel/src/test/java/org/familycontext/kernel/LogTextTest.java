package org.familycontext.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void noForgedLines() {
        assertThat(LogText.safe("access_denied\n[INFO] user admin signed in")).isEqualTo("access_denied?[INFO] user admin signed in");
    }

    @Test
    void shortened() {
        assertThat(LogText.safe("x".repeat(500))).hasSize(203).endsWith("...");
        assertThat(LogText.safe(null)).isEmpty();
    }
}
