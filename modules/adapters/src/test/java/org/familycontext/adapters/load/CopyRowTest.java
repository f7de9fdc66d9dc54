package org.familycontext.adapters.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CopyRowTest {

    @Test
    void writesEachValueAsItsLengthAndBytesAfterTheValueCount() {
        UUID load = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        CopyRow row = new CopyRow().begin().uuid(load).text("a\tb\nc\\N").integer(42).date(LocalDate.of(2000, 1, 3)).nothing();

        ByteBuffer read = ByteBuffer.wrap(Arrays.copyOf(row.bytes(), row.length()));
        assertThat(read.getShort()).isEqualTo((short) 5);
        assertThat(read.getInt()).isEqualTo(16);
        assertThat(read.getLong()).isEqualTo(0x0011223344556677L);
        assertThat(read.getLong()).isEqualTo(0x8899aabbccddeeffL);
        assertThat(read.getInt()).isEqualTo(7);
        byte[] text = new byte[7];
        read.get(text);
        assertThat(new String(text, StandardCharsets.UTF_8)).isEqualTo("a\tb\nc\\N");
        assertThat(read.getInt()).isEqualTo(4);
        assertThat(read.getInt()).isEqualTo(42);
        assertThat(read.getInt()).isEqualTo(4);
        assertThat(read.getInt()).as("days since 2000-01-01").isEqualTo(2);
        assertThat(read.getInt()).as("NULL").isEqualTo(-1);
        assertThat(read.hasRemaining()).isFalse();
    }

    @Test
    void textIsUtf8WithNulReplacedAndDatesBeforeTwoThousandAreNegative() {
        CopyRow row = new CopyRow().begin().text("Ren\u00e9e\0").text(null).date(LocalDate.of(1999, 12, 31));

        ByteBuffer read = ByteBuffer.wrap(Arrays.copyOf(row.bytes(), row.length()));
        read.getShort();
        byte[] text = new byte[read.getInt()];
        read.get(text);
        assertThat(new String(text, StandardCharsets.UTF_8)).isEqualTo("Ren\u00e9e\uFFFD");
        assertThat(read.getInt()).isEqualTo(-1);
        read.getInt();
        assertThat(read.getInt()).isEqualTo(-1);
    }

    @Test
    void growsForLongValuesAndStartsAfreshForEachRow() {
        CopyRow row = new CopyRow();
        row.begin().text("x".repeat(5000));
        assertThat(row.length()).isEqualTo(2 + 4 + 5000);

        row.begin().text("y");
        assertThat(row.length()).isEqualTo(2 + 4 + 1);
        assertThat(row.bytes()[6]).isEqualTo((byte) 'y');
    }
}
