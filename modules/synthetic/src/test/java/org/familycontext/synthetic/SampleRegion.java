package org.familycontext.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import org.familycontext.kernel.CouncilId;

/** A small generated region for tests, with helpers to read its files. */
final class SampleRegion {

    static final LocalDate AS_OF = RegionSpec.DEFAULT_AS_OF;
    static final List<String> COUNCILS = List.of("stockport", "leeds", "manchester");
    /** Canonical file kinds: csc people, csc relationships, school, asc, housing, police. */
    static final Map<String, List<String>> FILES = Map.of(
            "stockport", List.of("csc_people.csv", "csc_relationships.csv", "school.csv", "asc.csv", "housing.csv",
                    "police.csv"),
            "leeds", List.of("people.csv", "relationships.csv", "education.csv", "adult_social_care.csv",
                    "housing_tenants.csv", "police_nominals.csv"),
            "manchester", List.of("CSC_Persons.csv", "CSC_Relationships.csv", "EDU_Pupils.csv", "ASC_Clients.csv",
                    "HSG_Tenants.csv", "POL_Nominals.csv"));

    final Path root;
    final GenerationReport report;

    private SampleRegion(Path root, GenerationReport report) {
        this.root = root;
        this.report = report;
    }

    static RegionSpec spec(int people, long seed) {
        return RegionSpec.of(COUNCILS.stream().map(CouncilId::new).toList(), people, seed, AS_OF);
    }

    static SampleRegion generate(Path root, int people, long seed) {
        try {
            return new SampleRegion(root, new RegionGenerator().generate(spec(people, seed), root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractStyle style(String council) {
        return ExtractStyle.forCouncil(new CouncilId(council));
    }

    static DateTimeFormatter dateFormat(String council) {
        String pattern = switch (style(council)) {
            case LIQUIDLOGIC -> "dd/MM/uuuu";
            case MOSAIC -> "uuuu-MM-dd";
            case ECLIPSE -> "uuuuMMdd";
        };
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    CsvText extract(String council, int kind) {
        return read(root.resolve(council).resolve(FILES.get(council).get(kind)), style(council).lineEnd());
    }

    CsvText truth(String file) {
        return read(root.resolve("truth").resolve(file), "\n");
    }

    private static CsvText read(Path file, String lineEnd) {
        try {
            return CsvText.read(file, lineEnd);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
