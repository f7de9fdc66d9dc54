package org.familycontext.tenancy.configuration;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.familycontext.tenancy.ConfigurationProblem;
import tools.jackson.databind.JsonNode;

/**
 * The source rules a schema cannot state: a source feeds an enabled dataset, maps the fields its
 * kind needs, gives its adapter what it needs (a file, or a connection and a read-only query), and
 * uses a date pattern, time zone and coverage dates that exist.
 */
final class SourceRules {

    private final String file;
    private final List<ConfigurationProblem> problems = new ArrayList<>();

    private SourceRules(String file) {
        this.file = file;
    }

    static List<ConfigurationProblem> check(String file, JsonNode tree) {
        SourceRules rules = new SourceRules(file);
        Set<String> datasets = new HashSet<>();
        tree.path("datasets").forEach(d -> datasets.add(d.asString()));
        JsonNode sources = tree.path("sources");
        for (String id : sources.propertyNames()) {
            rules.source("sources." + id, sources.get(id), datasets);
        }
        return rules.problems;
    }

    private void source(String path, JsonNode source, Set<String> datasets) {
        JsonNode dataset = source.path("dataset");
        if (!datasets.contains(dataset.asString())) {
            report(dataset, path + ".dataset", "the dataset " + dataset.asString() + " is not among the council's datasets",
                    "one of the datasets listed under datasets");
        }
        boolean relationships = "relationships".equals(source.path("kind").asString());
        for (String field : relationships ? List.of("recordId", "relatedRecordId", "relationship") : List.of("recordId")) {
            if (!source.path("columns").has(field)) {
                report(source.path("columns"), path + ".columns", "no column is mapped to " + field,
                        field + ": <the extract's column>");
            }
        }
        adapterSettings(path, source);
        formats(path, source);
    }

    private void adapterSettings(String path, JsonNode source) {
        String adapter = source.path("adapter").asString();
        if (adapter.equals("csv-file") && !source.has("file")) {
            report(source.path("adapter"), path, "a csv-file source names no file", "file: <the extract's file name>");
        }
        if (adapter.equals("jdbc-query")) {
            JsonNode query = source.path("query");
            if (!source.has("connection") || !query.isString()) {
                report(source.path("adapter"), path, "a jdbc-query source needs a connection and a query",
                        "connection: {url: ...} and query: SELECT ...");
            } else if (!query.asString().strip().toLowerCase(Locale.ROOT).matches("(select|with)\\b[\\s\\S]*")) {
                report(query, path + ".query", "the query does not start with SELECT or WITH", "a read-only query");
            }
        }
    }

    private void formats(String path, JsonNode source) {
        JsonNode pattern = source.path("dateFormat");
        if (pattern.isString() && !validPattern(pattern.asString())) {
            report(pattern, path + ".dateFormat", "\"" + pattern.asString() + "\" is not a date pattern",
                    "a Java date pattern such as dd/MM/yyyy");
        }
        JsonNode zone = source.path("schedule").path("zone");
        if (zone.isString() && !validZone(zone.asString())) {
            report(zone, path + ".schedule.zone", "\"" + zone.asString() + "\" is not a time zone", "e.g. Europe/London");
        }
        for (String end : List.of("from", "to")) {
            JsonNode date = source.path("coverage").path(end);
            if (date.isString() && parseDate(date.asString()).isEmpty()) {
                report(date, path + ".coverage." + end, "\"" + date.asString() + "\" is not a date", "yyyy-MM-dd");
            }
        }
    }

    private static boolean validPattern(String pattern) {
        try {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.UK);
            formatter.format(LocalDate.of(2020, 1, 31));
            return pattern.contains("y") && pattern.contains("d");
        } catch (IllegalArgumentException | DateTimeException e) {
            return false;
        }
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private void report(JsonNode node, String path, String problem, String expected) {
        NodeLocation at = NodeLocation.of(node);
        problems.add(new ConfigurationProblem(file, at.line(), at.column(), path, problem, Optional.of(expected)));
    }
}
