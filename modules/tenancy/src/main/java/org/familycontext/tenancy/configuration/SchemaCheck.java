package org.familycontext.tenancy.configuration;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.familycontext.tenancy.ConfigurationProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a configuration tree against one of the tenant-config JSON Schemas (draft 2020-12),
 * turning each violation into a {@link ConfigurationProblem} with line, column and setting path.
 * Compiled once; safe to share between threads.
 */
public final class SchemaCheck {

    private static final String SCHEMA_ID_PREFIX = "https://schema.familycontext.org/tenant-config/";
    private static final String SCHEMA_RESOURCES = "org/familycontext/tenancy/schema/";

    private final Schema schema;
    private final ViolationDescriber describer;

    private SchemaCheck(String schemaFile) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().errorMessageKeyword("message").build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)
                        .schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_ID_PREFIX, "classpath:" + SCHEMA_RESOURCES)));
        this.schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + schemaFile));
        this.describer = new ViolationDescriber(readSchemaTree(schemaFile));
    }

    /** The check for council files ({@code council.schema.json}). */
    public static SchemaCheck forCouncils() {
        return new SchemaCheck("council.schema.json");
    }

    /** The check for {@code region.yaml} ({@code region.schema.json}). */
    public static SchemaCheck forRegion() {
        return new SchemaCheck("region.schema.json");
    }

    /** Every violation in the document, in the order they appear in the file. */
    public List<ConfigurationProblem> check(String file, JsonNode document) {
        List<Error> errors = schema.validate(document);
        return errors.stream()
                .map(error -> describer.describe(file, error))
                .distinct()
                .sorted(Comparator.comparingInt(ConfigurationProblem::line)
                        .thenComparingInt(ConfigurationProblem::column)
                        .thenComparing(ConfigurationProblem::path))
                .toList();
    }

    private static JsonNode readSchemaTree(String schemaFile) {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCES + schemaFile)) {
            if (in == null) {
                throw new IllegalStateException("schema " + schemaFile + " is missing from the tenancy module");
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
