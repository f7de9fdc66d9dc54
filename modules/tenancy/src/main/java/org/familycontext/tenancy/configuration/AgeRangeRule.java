package org.familycontext.tenancy.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.familycontext.tenancy.ConfigurationProblem;
import tools.jackson.databind.JsonNode;

/** Age rules must not be inverted: a minimum age above the maximum would hide the section from everyone. */
final class AgeRangeRule {

    private AgeRangeRule() {
    }

    /** Problems in a mapping of dataset to {@code {minAge, maxAge}} found at {@code path}. */
    static List<ConfigurationProblem> check(String file, String path, JsonNode rules) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        for (String dataset : rules.propertyNames()) {
            JsonNode min = rules.get(dataset).path("minAge");
            JsonNode max = rules.get(dataset).path("maxAge");
            if (min.isInt() && max.isInt() && min.asInt() > max.asInt()) {
                NodeLocation at = NodeLocation.of(min);
                problems.add(new ConfigurationProblem(file, at.line(), at.column(), path + "." + dataset,
                        "minAge " + min.asInt() + " is above maxAge " + max.asInt(),
                        Optional.of("minAge no greater than maxAge")));
            }
        }
        return problems;
    }
}
