package org.familycontext.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @Test
    void theSameSpecWritesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        SampleRegion.generate(first, 1500, 7);
        SampleRegion.generate(second, 1500, 7);

        List<Path> files = files(first);
        assertThat(files).hasSize(3 * 6 + 5);
        assertThat(files(second)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void anotherSeedMakesOtherPeople(@TempDir Path first, @TempDir Path second) throws IOException {
        SampleRegion.generate(first, 300, 7);
        SampleRegion.generate(second, 300, 8);

        assertThat(Files.readAllBytes(second.resolve("truth/people.csv")))
                .isNotEqualTo(Files.readAllBytes(first.resolve("truth/people.csv")));
    }

    @Test
    void familiesDoNotDependOnHowManyFamiliesComeAfterThem(@TempDir Path small, @TempDir Path large) {
        CsvText fewer = SampleRegion.generate(small, 300, 7).truth("people.csv");
        CsvText more = SampleRegion.generate(large, 600, 7).truth("people.csv");

        assertThat(more.rows).containsAll(fewer.rows.subList(0, 250));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
