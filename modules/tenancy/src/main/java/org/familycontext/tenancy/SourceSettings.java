package org.familycontext.tenancy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of a council's source extracts, as its tenant configuration describes it: where it comes from
 * (an adapter and that adapter's settings), how its columns map onto Family Context's fields, and
 * when it loads.
 *
 * @param id         the source id, unique within the council, e.g. {@code csc-people}
 * @param dataset    the dataset it feeds
 * @param kind       people rows, or relationship rows
 * @param adapter    the adapter that reads it, e.g. {@code csv-file}, {@code jdbc-query}
 * @param settings   the adapter's own settings (file, connection, query, delimiter), as configured
 * @param dateFormat how the extract writes dates (a Java date pattern)
 * @param columns    Family Context field name to the extract's column
 * @param codes      per field, the extract's codes and their meaning
 * @param schedule   when it loads
 * @param coverage   what it covers, for users
 */
public record SourceSettings(String id, Dataset dataset, Kind kind, String adapter, Map<String, Object> settings,
                             String dateFormat, Map<String, String> columns, Map<String, Map<String, String>> codes,
                             Schedule schedule, Coverage coverage) {

    /** What one row of the extract is. */
    public enum Kind {
        /** A person's involvement with the service. */
        PEOPLE,
        /** A relationship between two of the source's records. */
        RELATIONSHIPS
    }

    /**
     * Loads once a day at a local time.
     *
     * @param at   the time of day
     * @param zone the time zone of that time
     */
    public record Schedule(LocalTime at, ZoneId zone) {

        public static final Schedule NIGHTLY = new Schedule(LocalTime.of(2, 0), ZoneId.of("Europe/London"));
    }

    /**
     * What a source covers, shown with its data so that users can judge it.
     *
     * @param area the geographic area
     * @param from the first date covered, if stated
     * @param to   the last date covered, if stated
     */
    public record Coverage(Optional<String> area, Optional<LocalDate> from, Optional<LocalDate> to) {

        public static final Coverage UNSTATED = new Coverage(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SourceSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(adapter, "adapter");
        settings = Map.copyOf(settings);
        Objects.requireNonNull(dateFormat, "dateFormat");
        columns = Map.copyOf(columns);
        codes = Map.copyOf(codes);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(coverage, "coverage");
    }

    /** The extract's column for a field, if the council maps it. */
    public Optional<String> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }
}
