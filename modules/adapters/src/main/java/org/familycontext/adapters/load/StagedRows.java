package org.familycontext.adapters.load;

import java.util.UUID;
import org.familycontext.adapters.CanonicalField;
import org.familycontext.adapters.mapping.FieldValues;
import org.familycontext.kernel.CouncilId;

/** Writes rows for {@code source_record}, {@code source_relationship} and {@code quarantined_row} in binary COPY format. */
final class StagedRows {

    static final String RECORD_COLUMNS = "load_id, council_id, source_id, row_number, record_id, person_ref, given_name, "
            + "family_name, birth_date, gender, nhs_number, upn, address, postcode, uprn, involvement_type, involvement_start, "
            + "involvement_end, last_contact, organisation, team, practitioner_name, practitioner_role, practitioner_phone, "
            + "practitioner_email, asb, eviction, notice_seeking_possession, rent_arrears, offence_date, offence_type, offence_role, "
            + "safeguarding";
    private static final CanonicalField[] PERSON = {CanonicalField.GIVEN_NAME, CanonicalField.FAMILY_NAME,
        CanonicalField.DATE_OF_BIRTH, CanonicalField.GENDER, CanonicalField.NHS_NUMBER, CanonicalField.UPN, CanonicalField.ADDRESS,
        CanonicalField.POSTCODE, CanonicalField.UPRN};
    /** The fields written after the person's own, in the order of the columns above. */
    private static final CanonicalField[] INVOLVEMENT = {CanonicalField.TYPE, CanonicalField.START, CanonicalField.END,
        CanonicalField.LAST_CONTACT, CanonicalField.ORGANISATION, CanonicalField.TEAM, CanonicalField.PRACTITIONER_NAME,
        CanonicalField.PRACTITIONER_ROLE, CanonicalField.PRACTITIONER_PHONE, CanonicalField.PRACTITIONER_EMAIL, CanonicalField.ASB,
        CanonicalField.EVICTION, CanonicalField.NOTICE_SEEKING_POSSESSION, CanonicalField.RENT_ARREARS, CanonicalField.OFFENCE_DATE,
        CanonicalField.OFFENCE_TYPE, CanonicalField.OFFENCE_ROLE, CanonicalField.SAFEGUARDING};
    static final String RELATIONSHIP_COLUMNS = "load_id, council_id, source_id, row_number, record_id, related_record_id, "
            + "relationship";
    static final String QUARANTINE_COLUMNS = "load_id, council_id, row_number, field, reason, raw";

    private final UUID load;
    private final CouncilId council;
    private final String source;
    private final CopyRow row = new CopyRow();

    StagedRows(UUID load, CouncilId council, String source) {
        this.load = load;
        this.council = council;
        this.source = source;
    }

    CopyRow record(long number, FieldValues v) {
        String recordId = v.text().get(CanonicalField.RECORD_ID);
        String personRef = v.text().get(CanonicalField.PERSON_REF);
        row.begin().uuid(load).text(council.value()).text(source).integer(number).text(recordId)
                .text(personRef == null ? recordId : personRef);
        for (CanonicalField field : PERSON) {
            value(v, field);
        }
        for (CanonicalField field : INVOLVEMENT) {
            value(v, field);
        }
        return row;
    }

    private void value(FieldValues v, CanonicalField field) {
        if (field.isDate()) {
            row.date(v.dates().get(field));
        } else {
            row.text(v.text().get(field));
        }
    }

    CopyRow relationship(long number, FieldValues v) {
        return row.begin().uuid(load).text(council.value()).text(source).integer(number)
                .text(v.text(CanonicalField.RECORD_ID).orElseThrow()).text(v.text(CanonicalField.RELATED_RECORD_ID).orElseThrow())
                .text(v.text(CanonicalField.RELATIONSHIP).orElseThrow());
    }

    CopyRow quarantined(long number, String field, String reason, String raw) {
        return row.begin().uuid(load).text(council.value()).integer(number).text(field).text(reason).text(raw);
    }
}
