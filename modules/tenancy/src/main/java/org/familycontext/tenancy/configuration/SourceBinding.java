package org.familycontext.tenancy.configuration;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.familycontext.tenancy.Dataset;
import org.familycontext.tenancy.SecretReference;
import org.familycontext.tenancy.SourceSettings;
import tools.jackson.databind.JsonNode;

/** Builds a council's source settings from the {@code sources} part of a valid council tree. */
final class SourceBinding {

    static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";

    private SourceBinding() {
    }

    static Map<String, SourceSettings> sources(JsonNode sources) {
        Map<String, SourceSettings> bound = new LinkedHashMap<>();
        sources.propertyNames().stream().sorted().forEach(id -> bound.put(id, source(id, sources.get(id))));
        return bound;
    }

    private static SourceSettings source(String id, JsonNode source) {
        return new SourceSettings(id, Dataset.fromCode(source.path("dataset").asString()).orElseThrow(),
                "relationships".equals(source.path("kind").asString()) ? SourceSettings.Kind.RELATIONSHIPS
                        : SourceSettings.Kind.PEOPLE,
                source.path("adapter").asString(), adapterSettings(source),
                source.path("dateFormat").asString(DEFAULT_DATE_FORMAT), strings(source.path("columns")),
                codes(source.path("codes")), schedule(source.path("schedule")), coverage(source.path("coverage")));
    }

    /** The adapter-specific settings, with references kept as {@link SecretReference}s. */
    private static Map<String, Object> adapterSettings(JsonNode source) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String name : new String[] {"file", "delimiter", "query"}) {
            if (source.path(name).isString()) {
                settings.put(name, source.path(name).asString());
            }
        }
        JsonNode connection = source.path("connection");
        for (String name : new String[] {"url", "user", "password"}) {
            JsonNode value = connection.path(name);
            if (value.isString()) {
                settings.put(name, value.asString());
            } else if (value.has("env")) {
                settings.put(name, new SecretReference(SecretReference.Source.ENVIRONMENT, value.get("env").asString()));
            } else if (value.has("file")) {
                settings.put(name, new SecretReference(SecretReference.Source.FILE, value.get("file").asString()));
            }
        }
        return settings;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.propertyNames().forEach(name -> values.put(name, node.get(name).asString()));
        return values;
    }

    private static Map<String, Map<String, String>> codes(JsonNode node) {
        Map<String, Map<String, String>> codes = new LinkedHashMap<>();
        node.propertyNames().forEach(field -> codes.put(field, strings(node.get(field))));
        return codes;
    }

    private static SourceSettings.Schedule schedule(JsonNode node) {
        if (node.isMissingNode()) {
            return SourceSettings.Schedule.NIGHTLY;
        }
        return new SourceSettings.Schedule(LocalTime.parse(node.path("at").asString("02:00")),
                ZoneId.of(node.path("zone").asString("Europe/London")));
    }

    private static SourceSettings.Coverage coverage(JsonNode node) {
        return new SourceSettings.Coverage(optional(node.path("area")).map(String::valueOf),
                optional(node.path("from")).map(LocalDate::parse), optional(node.path("to")).map(LocalDate::parse));
    }

    private static Optional<String> optional(JsonNode node) {
        return node.isString() ? Optional.of(node.asString()) : Optional.empty();
    }
}
