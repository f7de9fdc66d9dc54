package org.familycontext.adapters.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.familycontext.adapters.CanonicalField;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.ExtractRow;
import org.familycontext.tenancy.SourceSettings;

/**
 * A source's mapping, fitted to the extract's header: which column holds which field, how to read
 * it. A row is rejected (quarantined) when it cannot be used at all: the wrong number of values, a
 * value too long to be real, no record id, no name, or (for relationships) no related record or
 * relationship. Other values that are not valid are left out and counted.
 */
public final class RowMapping {

    /** No real value is longer; longer ones are rejected rather than stored. */
    public static final int MAX_VALUE_LENGTH = 2000;

    private final CanonicalField[] fields;
    private final int[] columns;
    private final int width;
    private final SourceSettings.Kind kind;
    private final ValueReader reader;
    /** Per mapped field, its code table, or null. */
    private final List<Map<String, String>> codes;

    private RowMapping(CanonicalField[] fields, int[] columns, int width, SourceSettings source) {
        this.fields = fields;
        this.columns = columns;
        this.width = width;
        this.kind = source.kind();
        this.reader = new ValueReader(source.dateFormat(), source.codes());
        this.codes = java.util.Arrays.stream(fields).map(reader::codesFor).toList();
    }

    /**
     * The mapping for an extract with this header.
     *
     * @throws ExtractRefused when a mapped column is not in the header
     */
    public static RowMapping fit(SourceSettings source, List<String> header) {
        List<CanonicalField> fields = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CanonicalField field : CanonicalField.values()) {
            String name = source.columns().get(field.configName());
            if (name == null) {
                continue;
            }
            int column = header.indexOf(name);
            if (column < 0) {
                missing.add(name);
            } else {
                fields.add(field);
                columns.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new ExtractRefused("the extract lacks the column(s) " + String.join(", ", missing)
                    + "; it has " + String.join(", ", header));
        }
        return new RowMapping(fields.toArray(CanonicalField[]::new), columns.stream().mapToInt(Integer::intValue).toArray(),
                header.size(), source);
    }

    /** What tells one row of a record from another: the record id, relationship, type, organisation and start as written. */
    private static final List<CanonicalField> INVOLVEMENT_KEY = List.of(CanonicalField.RECORD_ID, CanonicalField.RELATED_RECORD_ID,
            CanonicalField.RELATIONSHIP, CanonicalField.TYPE, CanonicalField.ORGANISATION, CanonicalField.START);

    /**
     * The row's record and involvement as written (values stripped), to find rows that repeat one;
     * null when the row has no record id or the wrong number of values (it is rejected anyway).
     */
    public String involvementKey(ExtractRow row) {
        if (row.values().length != width) {
            return null;
        }
        StringBuilder key = new StringBuilder(64);
        for (CanonicalField part : INVOLVEMENT_KEY) {
            int column = columnOf(part);
            String raw = column < 0 ? null : row.values()[column];
            String text = raw == null ? "" : raw.strip();
            if (part == CanonicalField.RECORD_ID && text.isEmpty()) {
                return null;
            }
            key.append(text).append('\u001f');
        }
        return key.toString();
    }

    private int columnOf(CanonicalField field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return columns[i];
            }
        }
        return -1;
    }

    /** The fields this source maps. */
    public List<CanonicalField> fields() {
        return List.of(fields);
    }

    public MappingOutcome map(ExtractRow row, LocalDate asOf) {
        if (row.values().length != width) {
            return MappingOutcome.rejected(null, "the row has " + row.values().length + " values; the header has " + width);
        }
        FieldValues values = FieldValues.empty();
        String[] problem = new String[1];
        for (int i = 0; i < fields.length; i++) {
            String raw = row.values()[columns[i]];
            String text = raw == null ? "" : raw.strip();
            if (text.length() > MAX_VALUE_LENGTH) {
                return MappingOutcome.rejected(fields[i], "the value is " + text.length() + " characters long");
            }
            if (!text.isEmpty()) {
                read(i, text, asOf, values, problem);
            }
        }
        return required(values);
    }

    private void read(int mapped, String text, LocalDate asOf, FieldValues values, String[] problem) {
        CanonicalField field = fields[mapped];
        problem[0] = null;
        if (field.isDate()) {
            LocalDate date = reader.date(field, text, asOf, problem);
            if (date != null) {
                values.dates().put(field, date);
            }
        } else {
            String value = reader.text(field, codes.get(mapped), text, problem);
            if (value != null) {
                values.text().put(field, value);
            }
        }
        if (problem[0] != null) {
            values.invalid().put(field, problem[0]);
        }
    }

    private MappingOutcome required(FieldValues values) {
        if (values.text(CanonicalField.RECORD_ID).isEmpty()) {
            return MappingOutcome.rejected(CanonicalField.RECORD_ID, "the row has no record id");
        }
        if (kind == SourceSettings.Kind.RELATIONSHIPS) {
            for (CanonicalField needed : new CanonicalField[] {CanonicalField.RELATED_RECORD_ID, CanonicalField.RELATIONSHIP}) {
                if (values.text(needed).isEmpty()) {
                    return MappingOutcome.rejected(needed, values.invalid().getOrDefault(needed, "the row has no " + needed.configName()));
                }
            }
        } else if (values.text(CanonicalField.GIVEN_NAME).isEmpty() && values.text(CanonicalField.FAMILY_NAME).isEmpty()) {
            return MappingOutcome.rejected(CanonicalField.FAMILY_NAME, "the row has no name");
        }
        return MappingOutcome.accepted(values);
    }
}
