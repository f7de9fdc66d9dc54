package org.familycontext.adapters.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.familycontext.adapters.CanonicalField;
import org.familycontext.adapters.mapping.FieldValues;
import org.familycontext.adapters.mapping.MappingOutcome;

/**
 * Counts, as a load goes, what the data-quality report says: per mapped field how often it was
 * missing or not valid (with example rows), invalid identifiers, duplicate record ids, and why
 * rows were quarantined.
 */
final class QualityCounter {

    private static final int EXAMPLES = 5;
    private static final List<CanonicalField> IDENTIFIERS = List.of(CanonicalField.NHS_NUMBER, CanonicalField.UPN,
            CanonicalField.POSTCODE, CanonicalField.UPRN);

    private final List<CanonicalField> mapped;
    private final Map<CanonicalField, Integer> missing = new EnumMap<>(CanonicalField.class);
    private final Map<CanonicalField, Integer> invalid = new EnumMap<>(CanonicalField.class);
    private final Map<CanonicalField, List<Long>> invalidRows = new EnumMap<>(CanonicalField.class);
    private final Map<String, Integer> quarantineReasons = new TreeMap<>();
    private int duplicates;

    QualityCounter(List<CanonicalField> mapped) {
        this.mapped = mapped;
    }

    void accepted(long row, FieldValues values) {
        for (CanonicalField field : mapped) {
            if (!values.given(field)) {
                missing.merge(field, 1, Integer::sum);
            } else if (values.invalid().containsKey(field)) {
                invalid.merge(field, 1, Integer::sum);
                List<Long> examples = invalidRows.computeIfAbsent(field, f -> new ArrayList<>());
                if (examples.size() < EXAMPLES) {
                    examples.add(row);
                }
            }
        }
    }

    void quarantined(MappingOutcome.Rejection rejection) {
        String key = rejection.field().map(CanonicalField::configName).orElse("row");
        quarantineReasons.merge(key, 1, Integer::sum);
    }

    void duplicate() {
        duplicates++;
        quarantineReasons.merge("recordId (duplicate involvement)", 1, Integer::sum);
    }

    Map<String, Object> report(int read, int accepted, int quarantined) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (CanonicalField field : mapped) {
            int absent = missing.getOrDefault(field, 0);
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("missing", absent);
            counts.put("missingPercent", accepted == 0 ? 0.0 : Math.round(1000.0 * absent / accepted) / 10.0);
            counts.put("invalid", invalid.getOrDefault(field, 0));
            counts.put("invalidExampleRows", invalidRows.getOrDefault(field, List.of()));
            fields.put(field.configName(), counts);
        }
        Map<String, Object> identifiers = new LinkedHashMap<>();
        IDENTIFIERS.stream().filter(mapped::contains)
                .forEach(id -> identifiers.put(id.configName(), invalid.getOrDefault(id, 0)));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("rowsRead", read);
        report.put("rowsAccepted", accepted);
        report.put("rowsQuarantined", quarantined);
        report.put("duplicates", duplicates);
        report.put("invalidIdentifiers", identifiers);
        report.put("quarantineReasons", quarantineReasons);
        report.put("fields", fields);
        return report;
    }
}
