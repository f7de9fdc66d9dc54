package org.familycontext.tenancy.configuration;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.RegionSettings;
import tools.jackson.databind.JsonNode;

/**
 * Reads one council file completely: its name, the YAML, the schema, the rules, and the logo it
 * names. Either every check passes and a {@link org.familycontext.tenancy.Council} comes out, or
 * the file is refused with every problem found.
 */
public final class CouncilFileReader {

    /** Council files end in this; the name before it is the council id. */
    public static final String EXTENSION = ".yaml";

    private final SchemaCheck schema;
    private final YamlTreeReader yaml = new YamlTreeReader();

    public CouncilFileReader(SchemaCheck schema) {
        this.schema = schema;
    }

    /** Reads a council file, using the branding files and region settings of the same scan. */
    public CouncilFileOutcome read(FileInput file, BrandingFiles branding, RegionSettings region) {
        Optional<CouncilId> council = councilNamedBy(file.name());
        if (council.isEmpty()) {
            return CouncilFileOutcome.refused(file.name(), council, List.of(ConfigurationProblem.ofFile(file.name(),
                    "the file name is not <council id>.yaml",
                    "a lower-case council id and .yaml, e.g. stockport.yaml (region, schema and branding are reserved)")));
        }
        YamlTreeReader.Outcome read = yaml.read(file);
        if (read.problem().isPresent()) {
            return CouncilFileOutcome.refused(file.name(), council, List.of(read.problem().get()));
        }
        JsonNode tree = read.tree().orElseThrow();
        List<ConfigurationProblem> problems = schema.check(file.name(), tree);
        if (problems.isEmpty()) {
            problems = CouncilRules.check(file.name(), council.get().value(), tree, branding);
        }
        if (!problems.isEmpty()) {
            return CouncilFileOutcome.refused(file.name(), council, problems);
        }
        FileInput logo = branding.file(tree.path("branding").path("logo").asString()).orElseThrow();
        String version = FileInput.sha256((file.digest() + logo.digest()).getBytes(StandardCharsets.UTF_8))
                .substring(0, 12);
        return CouncilFileOutcome.accepted(file.name(), TreeBinding.council(tree, logo, region.defaultAgeRules(), version));
    }

    /** The council a file name stands for, if it is {@code <council id>.yaml}. */
    public static Optional<CouncilId> councilNamedBy(String fileName) {
        if (!fileName.endsWith(EXTENSION)) {
            return Optional.empty();
        }
        return CouncilId.parse(fileName.substring(0, fileName.length() - EXTENSION.length()));
    }
}
