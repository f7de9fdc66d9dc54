package org.familycontext.synthetic.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.familycontext.synthetic.ExtractStyle;
import org.familycontext.synthetic.codes.Gender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    @Test
    void quotesOnlyWhatRfc4180RequiresAndWritesUtf8WithoutBom(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("x.csv");
        try (CsvFile csv = CsvFile.create(path, "\r\n", List.of("A", "B", "C"))) {
            assertThat(csv.write("O'Neill", "1 Mill Lane, Reddish", "say \"hi\"")).isEqualTo(1);
            assertThat(csv.write("Siân", "", "two\nlines")).isEqualTo(2);
        }
        byte[] bytes = Files.readAllBytes(path);
        assertThat(bytes[0]).isEqualTo((byte) 'A');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "A,B,C\r\nO'Neill,\"1 Mill Lane, Reddish\",\"say \"\"hi\"\"\"\r\nSiân,,\"two\nlines\"\r\n");
    }

    @Test
    void eachStyleWritesDatesAndCodesItsOwnWay() {
        LocalDate date = LocalDate.of(2009, 3, 7);
        assertThat(new CellText(ExtractStyle.LIQUIDLOGIC).of(date)).isEqualTo("07/03/2009");
        assertThat(new CellText(ExtractStyle.MOSAIC).of(date)).isEqualTo("2009-03-07");
        assertThat(new CellText(ExtractStyle.ECLIPSE).of(date)).isEqualTo("20090307");
        assertThat(new CellText(ExtractStyle.ECLIPSE).of(Gender.FEMALE)).isEqualTo("2");
        assertThat(new CellText(ExtractStyle.MOSAIC).of(null)).isEmpty();
    }
}
