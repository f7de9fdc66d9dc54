package org.familycontext.tenancy.configuration;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.familycontext.tenancy.AgeRange;
import org.familycontext.tenancy.Dataset;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.RegionSettings;
import tools.jackson.databind.JsonNode;

/** Reads {@code tenant-config/region.yaml}: the region's name and the defaults councils inherit. */
public final class RegionFileReader {

    /** The region file's name. */
    public static final String FILE_NAME = "region.yaml";
    /**
     * What applies when there is no valid region file: the age rules piloted in Stockport (adult
     * social care 15+, housing 16+, school 4 to 20, police 18+), so a missing file never shows a
     * section to ages it was never meant for.
     */
    public static final RegionSettings BUILT_IN = new RegionSettings("Family Context", Map.of(
            Dataset.ADULT_SOCIAL_CARE, new AgeRange(OptionalInt.of(15), OptionalInt.empty()),
            Dataset.HOUSING, new AgeRange(OptionalInt.of(16), OptionalInt.empty()),
            Dataset.SCHOOL, new AgeRange(OptionalInt.of(4), OptionalInt.of(20)),
            Dataset.POLICE, new AgeRange(OptionalInt.of(18), OptionalInt.empty())));

    private final SchemaCheck schema;
    private final YamlTreeReader yaml = new YamlTreeReader();

    public RegionFileReader(SchemaCheck schema) {
        this.schema = schema;
    }

    /** The outcome: settings, or the problems that refused the file. */
    public record Outcome(RegionSettings settings, List<ConfigurationProblem> problems) {

        public boolean isAccepted() {
            return problems.isEmpty();
        }
    }

    /** Reads the region file; when it is refused, {@code previous} is returned with the problems. */
    public Outcome read(FileInput file, RegionSettings previous) {
        YamlTreeReader.Outcome read = yaml.read(file);
        if (read.problem().isPresent()) {
            return new Outcome(previous, List.of(read.problem().get()));
        }
        JsonNode tree = read.tree().orElseThrow();
        JsonNode ageRules = tree.path("defaults").path("ageRules");
        List<ConfigurationProblem> problems = schema.check(file.name(), tree);
        if (problems.isEmpty()) {
            problems = AgeRangeRule.check(file.name(), "defaults.ageRules", ageRules);
        }
        if (!problems.isEmpty()) {
            return new Outcome(previous, problems);
        }
        return new Outcome(new RegionSettings(tree.path("name").asString(), TreeBinding.ageRules(ageRules)), List.of());
    }
}
