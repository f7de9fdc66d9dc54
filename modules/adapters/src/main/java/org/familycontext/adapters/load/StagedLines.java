package org.familycontext.adapters.load;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.familycontext.adapters.CanonicalField;
import org.familycontext.adapters.mapping.FieldValues;
import org.familycontext.kernel.CouncilId;
import tools.jackson.databind.json.JsonMapper;

/** Writes accepted rows as COPY lines for {@code source_record} or {@code source_relationship}. */
final class StagedLines {

    static final String RECORD_COLUMNS = "load_id, council_id, source_id, row_number, record_id, person_ref, given_name, "
            + "family_name, birth_date, gender, nhs_number, upn, address, postcode, uprn, involvement";
    static final String RELATIONSHIP_COLUMNS = "load_id, council_id, source_id, row_number, record_id, related_record_id, "
            + "relationship";
    static final String QUARANTINE_COLUMNS = "load_id, council_id, row_number, field, reason, raw";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UUID load;
    private final CouncilId council;
    private final String source;
    private final CopyText line = new CopyText();

    StagedLines(UUID load, CouncilId council, String source) {
        this.load = load;
        this.council = council;
        this.source = source;
    }

    String record(long row, FieldValues v) {
        String recordId = v.text(CanonicalField.RECORD_ID).orElseThrow();
        return line.begin().add(load).add(council.value()).add(source).add(row).add(recordId)
                .add(v.text(CanonicalField.PERSON_REF).orElse(recordId))
                .add(v.text(CanonicalField.GIVEN_NAME).orElse(null)).add(v.text(CanonicalField.FAMILY_NAME).orElse(null))
                .add(v.date(CanonicalField.DATE_OF_BIRTH).orElse(null)).add(v.text(CanonicalField.GENDER).orElse(null))
                .add(v.text(CanonicalField.NHS_NUMBER).orElse(null)).add(v.text(CanonicalField.UPN).orElse(null))
                .add(v.text(CanonicalField.ADDRESS).orElse(null)).add(v.text(CanonicalField.POSTCODE).orElse(null))
                .add(v.text(CanonicalField.UPRN).orElse(null)).add(involvement(v)).end();
    }

    String relationship(long row, FieldValues v) {
        return line.begin().add(load).add(council.value()).add(source).add(row)
                .add(v.text(CanonicalField.RECORD_ID).orElseThrow()).add(v.text(CanonicalField.RELATED_RECORD_ID).orElseThrow())
                .add(v.text(CanonicalField.RELATIONSHIP).orElseThrow()).end();
    }

    String quarantined(long row, String field, String reason, String raw) {
        return line.begin().add(load).add(council.value()).add(row).add(field).add(reason).add(raw).end();
    }

    /** The service involvement part of a row, as JSON with only the values present. */
    static String involvement(FieldValues v) {
        Map<String, Object> json = new LinkedHashMap<>();
        put(json, "type", v.text(CanonicalField.TYPE).orElse(null));
        put(json, "start", v.date(CanonicalField.START).map(LocalDate::toString).orElse(null));
        put(json, "end", v.date(CanonicalField.END).map(LocalDate::toString).orElse(null));
        put(json, "lastContact", v.date(CanonicalField.LAST_CONTACT).map(LocalDate::toString).orElse(null));
        put(json, "organisation", v.text(CanonicalField.ORGANISATION).orElse(null));
        put(json, "team", v.text(CanonicalField.TEAM).orElse(null));
        put(json, "practitioner", group(v, CanonicalField.PRACTITIONER_NAME, "name", CanonicalField.PRACTITIONER_ROLE, "role",
                CanonicalField.PRACTITIONER_PHONE, "phone", CanonicalField.PRACTITIONER_EMAIL, "email"));
        put(json, "flags", group(v, CanonicalField.ASB, "asb", CanonicalField.EVICTION, "eviction",
                CanonicalField.NOTICE_SEEKING_POSSESSION, "noticeSeekingPossession", CanonicalField.RENT_ARREARS, "rentArrears"));
        Map<String, Object> offence = group(v, CanonicalField.OFFENCE_TYPE, "type", CanonicalField.OFFENCE_ROLE, "role",
                CanonicalField.SAFEGUARDING, "safeguarding");
        v.date(CanonicalField.OFFENCE_DATE).ifPresent(d -> offence.put("date", d.toString()));
        put(json, "offence", offence);
        return JSON.writeValueAsString(json);
    }

    private static Map<String, Object> group(FieldValues v, Object... fieldsAndNames) {
        Map<String, Object> group = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndNames.length; i += 2) {
            put(group, (String) fieldsAndNames[i + 1], v.text((CanonicalField) fieldsAndNames[i]).orElse(null));
        }
        return group;
    }

    private static void put(Map<String, Object> json, String name, Object value) {
        if (value != null && !(value instanceof Map<?, ?> map && map.isEmpty())) {
            json.put(name, value);
        }
    }
}
