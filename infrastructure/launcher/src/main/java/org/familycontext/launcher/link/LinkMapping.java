package org.familycontext.launcher.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.familycontext.matching.Field;
import org.familycontext.matching.LinkSettings;
import org.familycontext.tenancy.YamlSettings;
import tools.jackson.databind.JsonNode;

/**
 * How a CSV file's columns feed the matcher: the id column and, per canonical field, one column or
 * several (joined by spaces), with a date pattern for the date of birth. The residence field takes
 * two columns, when the person moved into the record's address and when they left (blank while
 * they live there), with a date pattern of its own. Optionally thresholds and fixed m / u values.
 * Columns it does not name are ignored.
 *
 * @param file      where the mapping came from (for messages)
 * @param idColumn  the column holding each record's id
 * @param fields    the columns per field
 * @param datePattern the date of birth's pattern
 * @param periodPattern the pattern of the residence field's dates
 * @param settings  the matcher's settings (defaults unless the mapping sets thresholds or m / u)
 */
public record LinkMapping(String file, String idColumn, Map<Field, List<String>> fields, String datePattern, String periodPattern,
                          LinkSettings settings) {

    static final String DEFAULT_PATTERN = "yyyy-MM-dd";
    private static final Set<Field> DATED = java.util.EnumSet.of(Field.DATE_OF_BIRTH, Field.RESIDENCE);

    private static final Set<String> TOP = Set.of("id", "fields", "thresholds", "probabilities");

    /** Reads and checks a mapping file; the message of the exception names the file and the setting. */
    public static LinkMapping read(Path path) {
        String name = path.getFileName().toString();
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new LinkInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        YamlSettings outcome = YamlSettings.read(name, content);
        if (outcome.problem().isPresent()) {
            throw new LinkInputException(outcome.problem().get().describe());
        }
        return of(name, outcome.tree().orElseThrow());
    }

    static LinkMapping of(String name, JsonNode tree) {
        for (String key : names(tree)) {
            if (!TOP.contains(key)) {
                throw problem(name, key, "is not a setting of a link mapping; there are id, fields, thresholds, probabilities");
            }
        }
        String id = text(name, tree, "id");
        JsonNode fieldsNode = tree.get("fields");
        if (fieldsNode == null || !fieldsNode.isObject() || fieldsNode.isEmpty()) {
            throw problem(name, "fields", "is missing: map canonical fields to columns, e.g. given_name: first_name");
        }
        Map<Field, List<String>> fields = new EnumMap<>(Field.class);
        Map<Field, String> patterns = new EnumMap<>(Field.class);
        for (String key : names(fieldsNode)) {
            Field field;
            try {
                field = Field.ofConfigName(key);
            } catch (IllegalArgumentException e) {
                throw problem(name, "fields." + key, "is not a field; the fields are " + fieldNames());
            }
            JsonNode value = fieldsNode.get(key);
            fields.put(field, columns(name, "fields." + key, value));
            if (field == Field.RESIDENCE && fields.get(field).size() != 2) {
                throw problem(name, "fields." + key, "takes two columns: when the person moved into the address and when they "
                        + "left (blank while they live there), e.g. columns: [TENANCY_START, TENANCY_END]");
            }
            if (value.isObject() && value.has("format")) {
                if (!DATED.contains(field)) {
                    throw problem(name, "fields." + key + ".format", "only date_of_birth and residence take a format");
                }
                String pattern = text(name, value, "format", "fields." + key + ".format");
                try {
                    new DateReader(pattern);
                } catch (IllegalArgumentException e) {
                    throw problem(name, "fields." + key + ".format", e.getMessage());
                }
                patterns.put(field, pattern);
            }
        }
        return new LinkMapping(name, id, fields, patterns.getOrDefault(Field.DATE_OF_BIRTH, DEFAULT_PATTERN),
                patterns.getOrDefault(Field.RESIDENCE, DEFAULT_PATTERN), settings(name, tree));
    }

    private static List<String> columns(String name, String path, JsonNode value) {
        List<String> columns = new ArrayList<>();
        if (value.isString()) {
            columns.add(value.asString());
        } else if (value.isArray()) {
            for (JsonNode column : value) {
                if (!column.isString() || column.asString().isBlank()) {
                    throw problem(name, path, "lists columns by name; an entry is not a column name");
                }
                columns.add(column.asString());
            }
        } else if (value.isObject()) {
            for (String key : names(value)) {
                if (!Set.of("column", "columns", "format").contains(key)) {
                    throw problem(name, path + "." + key, "is not a setting of a field; there are column, columns, format");
                }
            }
            JsonNode column = value.has("column") ? value.get("column") : value.get("columns");
            if (column == null) {
                throw problem(name, path, "needs column: NAME (or columns: [A, B])");
            }
            return columns(name, path, column);
        } else {
            throw problem(name, path, "must name a column, a list of columns, or {column: NAME, format: PATTERN}");
        }
        if (columns.isEmpty() || columns.stream().anyMatch(String::isBlank)) {
            throw problem(name, path, "names no column");
        }
        return List.copyOf(columns);
    }

    private static LinkSettings settings(String name, JsonNode tree) {
        LinkSettings settings = LinkSettings.defaults();
        JsonNode thresholds = tree.get("thresholds");
        if (thresholds != null) {
            double link = number(name, thresholds, "link", settings.linkAt());
            double possible = number(name, thresholds, "possible", settings.possibleAt());
            try {
                settings = settings.withThresholds(link, possible);
            } catch (IllegalArgumentException e) {
                throw problem(name, "thresholds", e.getMessage());
            }
        }
        JsonNode probabilities = tree.get("probabilities");
        if (probabilities != null) {
            Map<Field, Map<String, double[]>> overrides = new EnumMap<>(Field.class);
            for (String key : names(probabilities)) {
                Field field;
                try {
                    field = Field.ofConfigName(key);
                } catch (IllegalArgumentException e) {
                    throw problem(name, "probabilities." + key, "is not a field; the fields are " + fieldNames());
                }
                Map<String, double[]> levels = new HashMap<>();
                for (String level : names(probabilities.get(key))) {
                    String path = "probabilities." + key + "." + level;
                    if (!field.levels().contains(level)) {
                        throw problem(name, path, "is not a level of " + key + "; its levels are " + String.join(", ", field.levels()));
                    }
                    JsonNode mu = probabilities.get(key).get(level);
                    levels.put(level, new double[] {probability(name, mu, "m", path), probability(name, mu, "u", path)});
                }
                overrides.put(field, levels);
            }
            settings = settings.withOverrides(overrides);
        }
        return settings;
    }

    private static double probability(String name, JsonNode node, String key, String path) {
        double value = number(name, node, key, Double.NaN);
        if (!Double.isNaN(value) && !(value > 0 && value < 1)) {
            throw problem(name, path + "." + key, "must be a probability between 0 and 1 (exclusive)");
        }
        return value;
    }

    private static double number(String name, JsonNode node, String key, double otherwise) {
        JsonNode value = node.get(key);
        if (value == null) {
            return otherwise;
        }
        if (!value.isNumber()) {
            throw problem(name, key, "must be a number");
        }
        return value.asDouble();
    }

    private static String text(String name, JsonNode node, String key) {
        return text(name, node, key, key);
    }

    private static String text(String name, JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw problem(name, path, "is missing: give the column (or pattern) as text");
        }
        return value.asString();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node != null && node.isObject()) {
            Iterator<String> it = node.propertyNames().iterator();
            it.forEachRemaining(names::add);
        }
        return names;
    }

    private static String fieldNames() {
        return String.join(", ", java.util.Arrays.stream(Field.values()).map(Field::configName).toList());
    }

    private static LinkInputException problem(String file, String path, String what) {
        return new LinkInputException(file + ": " + path + " " + what);
    }
}
