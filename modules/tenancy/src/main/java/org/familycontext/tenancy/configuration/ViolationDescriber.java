package org.familycontext.tenancy.configuration;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.familycontext.tenancy.ConfigurationProblem;
import tools.jackson.databind.JsonNode;

/**
 * Words a schema violation for the person editing the file: what is wrong at which setting, and
 * what the schema expects there (its custom message, its allowed values or its description).
 */
final class ViolationDescriber {

    private final JsonNode schemaTree;

    ViolationDescriber(JsonNode schemaTree) {
        this.schemaTree = schemaTree;
    }

    ConfigurationProblem describe(String file, Error error) {
        JsonNode node = error.getInstanceNode();
        String property = error.getProperty();
        boolean namesChild = property != null && node != null && node.isObject();
        String path = SettingPath.of(error.getInstanceLocation(), namesChild ? property : null);
        JsonNode located = namesChild && node.get(property) != null ? node.get(property) : node;
        NodeLocation at = NodeLocation.of(located);
        Wording wording = word(error, path, located, property);
        return new ConfigurationProblem(file, at.line(), at.column(), path, wording.problem(),
                Optional.ofNullable(wording.expected()));
    }

    private record Wording(String problem, String expected) {
    }

    private Wording word(Error error, String path, JsonNode value, String property) {
        String custom = error.isCustomMessage() ? error.getMessage() : null;
        return switch (error.getKeyword()) {
            case "required" -> new Wording("the setting '" + property + "' is missing",
                    orElse(custom, describeProperty(error, property)));
            case "additionalProperties" -> new Wording("unknown setting '" + property + "'"
                    + closestSetting(error, property).map(s -> " (did you mean '" + s + "'?)").orElse(""),
                    allowedSettings(error));
            case "enum" -> new Wording(ValueText.of(path, value) + " is not allowed",
                    "one of: " + allowedValues(error.getSchemaNode()));
            case "type" -> new Wording(ValueText.of(path, value) + " is the wrong kind of value",
                    orElse(custom, "a " + String.join(" or ", typeNames(error.getSchemaNode()))));
            case "propertyNames" -> new Wording("'" + property + "' is not allowed as a name here",
                    orElse(custom, "a name listed in the schema"));
            default -> new Wording(ValueText.of(path, value) + " is not valid",
                    orElse(custom, error.getMessage()));
        };
    }

    private static String orElse(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static List<String> typeNames(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> names.add(typeName(t.asString())));
        } else if (type != null) {
            names.add(typeName(type.asString()));
        }
        return names;
    }

    private static String typeName(String schemaType) {
        return switch (schemaType) {
            case "object" -> "group of settings (name: value lines, indented)";
            case "array" -> "list (lines starting with -)";
            case "integer" -> "whole number";
            default -> schemaType;
        };
    }

    private Optional<String> closestSetting(Error error, String unknown) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return schemaObjectOwning(error).path("properties").propertyNames().stream()
                .filter(known -> distance.apply(known.toLowerCase(Locale.ROOT), unknown.toLowerCase(Locale.ROOT)) <= 2)
                .min(Comparator.comparingInt(known -> distance.apply(known, unknown)));
    }

    private static String allowedValues(JsonNode enumNode) {
        List<String> values = new ArrayList<>();
        if (enumNode != null) {
            enumNode.forEach(v -> values.add(v.isString() ? v.asString() : v.toString()));
        }
        return String.join(", ", values);
    }

    /** The names of the settings allowed beside the unknown one, from the schema itself. */
    private String allowedSettings(Error error) {
        List<String> names = new ArrayList<>(schemaObjectOwning(error).path("properties").propertyNames());
        names.sort(String::compareTo);
        return names.isEmpty() ? "only the settings described in tenant-config/schema/"
                : "one of: " + String.join(", ", names);
    }

    private String describeProperty(Error error, String property) {
        JsonNode definition = resolve(schemaObjectOwning(error).path("properties").path(property));
        JsonNode description = definition.path("description");
        return description.isString() ? description.asString() : "see the schema in tenant-config/schema/";
    }

    /** The schema object whose keyword (required, additionalProperties) reported the error. */
    private JsonNode schemaObjectOwning(Error error) {
        NodePath keywordPath = error.getSchemaLocation().getFragment();
        NodePath owner = keywordPath.getParent();
        return owner == null ? schemaTree : schemaTree.at(pointer(owner));
    }

    private JsonNode resolve(JsonNode definition) {
        JsonNode ref = definition.path("$ref");
        if (ref.isString() && ref.asString().startsWith("#/")) {
            return schemaTree.at(ref.asString().substring(1));
        }
        return definition;
    }

    private static String pointer(NodePath path) {
        return IntStream.range(0, path.getNameCount())
                .mapToObj(i -> "/" + String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"))
                .collect(Collectors.joining());
    }
}
