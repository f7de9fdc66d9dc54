package org.familycontext.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./fc link} on small files, and on Febrl's linkage set from the copy in the repository. */
class LinkCommandTest {

    private static final Path DATA = Path.of("../../" + BenchCommand.LINKAGE_DATA);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private PrintStream originalOut;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        originalOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    private int link(String... args) {
        return new CommandLine(new Fc()).execute(args);
    }

    /** Runs ./fc link on Febrl's dataset1 with this mapping text. */
    private int linkFebrlOneWith(String mapping) throws IOException {
        Path file = dir.resolve("map.yaml");
        Files.writeString(file, mapping);
        return link("link", "--mapping", file.toString(), "--out", dir.resolve("out").toString(),
                DATA.resolve("febrl/dataset1.csv").toString());
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linksFebrlFourWithTheDocumentedOutputs() throws IOException {
        Path result = dir.resolve("out");
        int exit = link("link", "--mapping", DATA.resolve("febrl.yaml").toString(), "--out", result.toString(),
                DATA.resolve("febrl/dataset4a.csv").toString(), DATA.resolve("febrl/dataset4b.csv").toString());
        assertThat(exit).as(errors()).isZero();
        List<String> pairs = Files.readAllLines(result.resolve("pairs.csv"));
        List<String> clusters = Files.readAllLines(result.resolve("clusters.csv"));
        assertThat(pairs.get(0)).isEqualTo("left_id,right_id,score,decision");
        assertThat(clusters.get(0)).isEqualTo("record_id,person_id");
        assertThat(clusters).hasSize(10_001);
        List<String> links = pairs.stream().skip(1).filter(line -> line.endsWith(",link")).toList();
        long correct = links.stream().filter(line -> {
            String[] values = line.split(",");
            return values[0].replace("-org", "").equals(values[1].replaceAll("-dup-\\d+", ""));
        }).count();
        assertThat(links).hasSizeGreaterThan(4_000);
        assertThat((double) correct / links.size()).as("precision of the links").isGreaterThanOrEqualTo(0.999);
        assertThat(links).allMatch(line -> line.split(",")[0].endsWith("-org"), "left ids come from the first file");
        assertThat(pairs.stream().skip(1)).allMatch(line -> line.endsWith(",link") || line.endsWith(",possible"));
    }

    @Test
    void twoFilesWithNobodyInCommonGiveNoLinksAndSaySo() throws IOException {
        // Febrl's 4a for people 0-2499 against 4b for people 2500-4999
        Path left = dir.resolve("left.csv");
        Path right = dir.resolve("right.csv");
        Files.write(left, people(DATA.resolve("febrl/dataset4a.csv"), true));
        Files.write(right, people(DATA.resolve("febrl/dataset4b.csv"), false));
        Path result = dir.resolve("out");
        int exit = link("link", "--one-to-one", "--mapping", DATA.resolve("febrl.yaml").toString(), "--out", result.toString(),
                left.toString(), right.toString());
        assertThat(exit).as(errors()).isZero();
        assertThat(Files.readAllLines(result.resolve("pairs.csv"))).containsExactly("left_id,right_id,score,decision");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 links", "nothing is linked", "nobody in common");
    }

    /** The header and the rows of the first or second half of Febrl's people. */
    private static List<String> people(Path file, boolean firstHalf) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> kept = new java.util.ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            int person = Integer.parseInt(line.substring(4, line.indexOf('-', 4)));
            if (person < 2500 == firstHalf) {
                kept.add(line);
            }
        }
        return kept;
    }

    @Test
    void deduplicatesOneFileSeparatedByCommaAndSpaceWithBlanks() throws IOException {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, """
                id, first, last, born, pc
                1, Amelia, Hartley, 2012-03-14, SK1 3XE
                2, Amelia, Hartly, 2012-03-14, SK1 3XE
                3, Kwame, Mensah, 1979-11-02, M14 5RT
                4, , Mensah, 1979-11-02,
                """);
        Path mapping = dir.resolve("map.yaml");
        Files.writeString(mapping, """
                id: id
                fields:
                  given_name: first
                  family_name: last
                  date_of_birth: { column: born, format: yyyy-MM-dd }
                  postcode: pc
                """);
        int exit = link("link", "--mapping", mapping.toString(), "--out", dir.resolve("out").toString(), file.toString());
        assertThat(exit).as(errors()).isZero();
        List<String> clusters = Files.readAllLines(dir.resolve("out/clusters.csv"));
        assertThat(clusters).hasSize(5).allMatch(line -> line.split(",").length == 2);
    }

    @Test
    void aMappingNamingAnUnknownFieldIsRefusedWithWhere() throws IOException {
        int exit = linkFebrlOneWith("id: rec_id\nfields:\n  given_name: given_name\n  shoe_size: shoes\n");
        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("map.yaml", "fields.shoe_size", "is not a field", "given_name");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aColumnMissingFromTheFileIsRefusedWithTheFileAndSetting() throws IOException {
        int exit = linkFebrlOneWith("id: rec_id\nfields:\n  given_name: forename\n");
        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("dataset1.csv", "fields.given_name", "\"forename\"", "not in the header");
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRefusedWithItsLine() throws IOException {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, "id,first,last\n1,Ann,Ng\n2,Bo,Ng,extra\n");
        Path mapping = dir.resolve("map.yaml");
        Files.writeString(mapping, "id: id\nfields:\n  given_name: first\n  family_name: last\n");
        int exit = link("link", "--mapping", mapping.toString(), "--out", dir.resolve("out").toString(), file.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("people.csv, line 3", "4 values", "header has 3");
    }

    @Test
    void aBadDatePatternAndBadYamlAreNamed() throws IOException {
        Path mapping = dir.resolve("map.yaml");
        Files.writeString(mapping, "id: id\nfields:\n  date_of_birth: { column: born, format: yyyyQQQQQQ }\n");
        assertThat(link("link", "--mapping", mapping.toString(), "--out", dir.resolve("o").toString(),
                DATA.resolve("febrl/dataset1.csv").toString())).isEqualTo(2);
        assertThat(errors()).contains("fields.date_of_birth.format");
        Files.writeString(mapping, "id: id\nfields: [unclosed\n");
        assertThat(link("link", "--mapping", mapping.toString(), "--out", dir.resolve("o").toString(),
                DATA.resolve("febrl/dataset1.csv").toString())).isEqualTo(2);
        assertThat(errors()).contains("map.yaml:2:", "YAML cannot be read");
    }

    @Test
    void whenATenantLivedAtTheAddressIsReadFromTwoColumnsWithAFormatOfItsOwn() throws IOException {
        Path file = dir.resolve("tenancies.csv");
        Files.writeString(file, """
                ref,first,last,born,moved_in,moved_out,pc
                T1,Ann,Ng,2001-02-03,01/04/2010,31/08/2016,SK1 3XE
                T2,Ann,Ng,2001-02-03,05/09/2016,,SK4 2BB
                T3,Bo,Ng,2001-02-03,2016,,SK4 2BB
                """);
        Path mapping = dir.resolve("map.yaml");
        Files.writeString(mapping, """
                id: ref
                fields:
                  given_name: first
                  family_name: last
                  date_of_birth: born
                  residence: { columns: [moved_in, moved_out], format: dd/MM/yyyy }
                  postcode: pc
                """);
        List<org.familycontext.matching.PersonRecord> records = org.familycontext.launcher.link.CsvPeople.read(file,
                org.familycontext.launcher.link.LinkMapping.read(mapping), 0);
        assertThat(records.get(0).livedFrom()).isEqualTo(java.time.LocalDate.of(2010, 4, 1));
        assertThat(records.get(0).livedTo()).isEqualTo(java.time.LocalDate.of(2016, 8, 31));
        assertThat(records.get(1).livedTo()).as("still there").isNull();
        assertThat(records.get(0).dateOfBirth().isComplete()).as("the date of birth keeps the default format").isTrue();
        assertThat(records.get(2).livedFrom()).as("a year alone is no date to compare moves by").isNull();
        assertThat(link("link", "--mapping", mapping.toString(), "--out", dir.resolve("out").toString(), file.toString()))
                .as(errors()).isZero();

        Files.writeString(mapping, "id: ref\nfields:\n  given_name: first\n  residence: moved_in\n");
        assertThat(link("link", "--mapping", mapping.toString(), "--out", dir.resolve("o").toString(), file.toString())).isEqualTo(2);
        assertThat(errors()).contains("map.yaml", "fields.residence", "takes two columns");
        Files.writeString(mapping, "id: ref\nfields:\n  given_name: { column: first, format: dd/MM/yyyy }\n");
        assertThat(link("link", "--mapping", mapping.toString(), "--out", dir.resolve("o").toString(), file.toString())).isEqualTo(2);
        assertThat(errors()).contains("fields.given_name.format", "only date_of_birth and residence take a format");
    }
}
