package org.familycontext.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.familycontext.adapters.spi.AdapterContext;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.ExtractRow;
import org.familycontext.adapters.spi.SourceAdapter;
import org.familycontext.kernel.CouncilId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileAdapterTest {

    @TempDir
    Path drop;

    private final CsvFileAdapterFactory factory = new CsvFileAdapterFactory();

    @Test
    void readsHeaderAndRowsWithQuotedCommasAndLineBreaks() throws IOException {
        write("a.csv", "ID,NAME\r\n1,\"Smith, Amy\"\r\n2,\"two\nlines\"\r\n");

        List<ExtractRow> rows = readAll("a.csv");

        assertThat(rows).extracting(r -> r.values()[1]).containsExactly("Smith, Amy", "two\nlines");
        assertThat(rows).extracting(ExtractRow::number).containsExactly(1L, 2L);
    }

    @Test
    void acceptsAByteOrderMarkAndMixedLineEndings() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "ID,NAME\r\n1,a\n2,b\r3,c\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);
        Files.write(drop.resolve("bom.csv"), file);

        try (SourceAdapter adapter = open("bom.csv")) {
            assertThat(adapter.columns()).containsExactly("ID", "NAME");
        }
        assertThat(readAll("bom.csv")).extracting(r -> r.values()[1]).containsExactly("a", "b", "c");
    }

    @Test
    void refusesAFileThatIsNotUtf8SayingWhere() throws IOException {
        Files.write(drop.resolve("latin1.csv"), "ID,NAME\n1,ok\n2,Ren\u00e9e\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> readAll("latin1.csv")).isInstanceOf(ExtractRefused.class)
                .hasMessage("the file latin1.csv is not UTF-8: its first invalid byte is on line 3 (byte 19)");
    }

    @Test
    void findsAnInvalidByteFarIntoALargeFile() throws IOException {
        StringBuilder text = new StringBuilder("ID,NAME\n");
        for (int i = 1; i <= 20_000; i++) {
            text.append(i).append(",name\n");
        }
        byte[] valid = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = java.util.Arrays.copyOf(valid, valid.length + 3);
        file[valid.length] = '9';
        file[valid.length + 1] = ',';
        file[valid.length + 2] = (byte) 0xC3;
        Files.write(drop.resolve("late.csv"), file);

        assertThatThrownBy(() -> readAll("late.csv")).isInstanceOf(ExtractRefused.class)
                .hasMessageEndingWith("is on line 20002 (byte " + (valid.length + 3) + ")");
    }

    @Test
    void refusesBrokenQuotingWithTheRowBeforeIt() throws IOException {
        write("quotes.csv", "ID,NAME\n1,ok\n2,\"never closed\n3,x\n");

        assertThatThrownBy(() -> readAll("quotes.csv")).isInstanceOf(ExtractRefused.class)
                .hasMessageContaining("quotes.csv").hasMessageContaining("after row 1, in the row starting on line 3")
                .hasMessageContaining("not closed");
    }

    @Test
    void namesTheLineWhereTheBrokenRowStartsWhateverTheLineEndings() throws IOException {
        write("crlf.csv", "ID,NAME\r\n1,\"two\r\nlines\"\r\n\r\n3,\"never closed\r\n4,x\r\n");
        write("cr.csv", "ID,NAME\r1,ok\r2,\"never closed\r3,x\r");

        assertThatThrownBy(() -> readAll("crlf.csv")).isInstanceOf(ExtractRefused.class)
                .hasMessageContaining("after row 2, in the row starting on line 5");
        assertThatThrownBy(() -> readAll("cr.csv")).isInstanceOf(ExtractRefused.class)
                .hasMessageContaining("after row 1, in the row starting on line 3");
        write("first.csv", "ID,NAME\n1,\"never closed\n2,x\n");
        assertThatThrownBy(() -> readAll("first.csv")).isInstanceOf(ExtractRefused.class)
                .hasMessageContaining("before its first row, in the row starting on line 2");
    }

    @Test
    void refusesTextAfterAClosingQuoteSayingWhereWithoutQuotingTheFile() throws IOException {
        write("after.csv", "ID,NAME\n1,ok\n2,ok\n3,\"Smith\"Secret\n4,x\n");

        assertThatThrownBy(() -> readAll("after.csv")).isInstanceOf(ExtractRefused.class)
                .hasMessageStartingWith("the file after.csv is not valid CSV after row 2, in the row starting on line 4 (line 4)")
                .hasMessageNotContaining("Secret").hasMessageNotContaining("Smith");
    }

    @Test
    void refusesAValueTooLongToBeRealInsteadOfFillingMemory() throws IOException {
        write("long.csv", "ID,NAME\n1,ok\n2," + "x".repeat(CsvFileAdapter.MAX_VALUE_CHARACTERS + 1) + "\n");

        assertThatThrownBy(() -> readAll("long.csv")).isInstanceOf(ExtractRefused.class)
                .hasMessageStartingWith("the file long.csv has a value longer than 10000000 characters after row 1");
    }

    @Test
    void refusesEmptyFilesAndFilesOutsideTheDropFolder() throws IOException {
        write("empty.csv", "");
        Files.writeString(drop.getParent().resolve("outside.csv"), "ID\n1\n");

        assertThatThrownBy(() -> open("empty.csv")).isInstanceOf(ExtractRefused.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> open("../outside.csv")).isInstanceOf(ExtractRefused.class).hasMessageContaining("plain file name");
        assertThatThrownBy(() -> open("missing.csv")).isInstanceOf(ExtractRefused.class)
                .hasMessageContaining("missing.csv is not in the council's drop folder");
    }

    @Test
    void refusesDuplicateColumnNames() throws IOException {
        write("dup.csv", "ID,ID\n1,2\n");

        assertThatThrownBy(() -> open("dup.csv")).isInstanceOf(ExtractRefused.class).hasMessageContaining("dup.csv");
    }

    @Test
    void readsHugeFieldsAndNulBytesAsText() throws IOException {
        String huge = "x".repeat(1_000_000);
        write("huge.csv", "ID,NAME\n1,\"" + huge + "\"\n2,a\u0000b\n");

        List<ExtractRow> rows = readAll("huge.csv");

        assertThat(rows.get(0).values()[1]).hasSize(1_000_000);
        assertThat(rows.get(1).values()[1]).isEqualTo("a\u0000b");
    }

    @Test
    void readsEmptyLinesAsRowsWithoutValuesSoThatTheyAreCountedAndQuarantined() throws IOException {
        write("blank.csv", "ID,NAME\n1,a\n\n2,\"\"\n");

        List<ExtractRow> rows = readAll("blank.csv");

        assertThat(rows).extracting(ExtractRow::number).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(1).values()).hasSizeLessThan(2).allMatch(String::isEmpty);
        assertThat(rows.get(2).values()).containsExactly("2", "");
    }

    @Test
    void readsAnotherDelimiter() throws IOException {
        write("semi.csv", "ID;NAME\n1;a,b\n");

        try (SourceAdapter adapter = factory.open(context(), Map.of("file", "semi.csv", "delimiter", ";"))) {
            assertThat(adapter.next()).map(r -> r.values()[1]).contains("a,b");
            assertThat(adapter.describe()).isEqualTo("file semi.csv");
            assertThat(adapter.writtenAt()).isPresent();
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(drop.resolve(name), text, StandardCharsets.UTF_8);
    }

    private SourceAdapter open(String name) {
        return factory.open(context(), Map.of("file", name));
    }

    private AdapterContext context() {
        return new AdapterContext(new CouncilId("stockport"), drop, String::valueOf);
    }

    private List<ExtractRow> readAll(String name) {
        List<ExtractRow> rows = new ArrayList<>();
        try (SourceAdapter adapter = open(name)) {
            for (Optional<ExtractRow> row = adapter.next(); row.isPresent(); row = adapter.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }
}
