package org.familycontext.adapters.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void escapesEverythingCopyWouldReadAsStructure() {
        String line = new CopyText().begin().add("a\tb").add("c\nd\re").add("back\\slash").add(null).add("nul\0").end();

        assertThat(line).isEqualTo("a\\tb\tc\\nd\\re\tback\\\\slash\t\\N\tnul\uFFFD\n");
    }

    @Test
    void aLiteralBackslashNIsNotNull() {
        assertThat(new CopyText().begin().add("\\N").end()).isEqualTo("\\\\N\n");
    }
}
