package org.familycontext.adapters;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of Family Context's canonical model that an extract's columns map onto (tenant
 * configuration names them in camel case, e.g. {@code dateOfBirth}).
 */
public enum CanonicalField {
    RECORD_ID("recordId"), PERSON_REF("personRef"), GIVEN_NAME("givenName"), FAMILY_NAME("familyName"),
    DATE_OF_BIRTH("dateOfBirth"), GENDER("gender"), NHS_NUMBER("nhsNumber"), UPN("upn"), ADDRESS("address"),
    POSTCODE("postcode"), UPRN("uprn"), TYPE("type"), START("start"), END("end"), LAST_CONTACT("lastContact"),
    ORGANISATION("organisation"), PRACTITIONER_NAME("practitionerName"), PRACTITIONER_ROLE("practitionerRole"),
    PRACTITIONER_PHONE("practitionerPhone"), PRACTITIONER_EMAIL("practitionerEmail"), TEAM("team"),
    RELATED_RECORD_ID("relatedRecordId"), RELATIONSHIP("relationship"), ASB("asb"), EVICTION("eviction"),
    NOTICE_SEEKING_POSSESSION("noticeSeekingPossession"), RENT_ARREARS("rentArrears"), OFFENCE_DATE("offenceDate"),
    OFFENCE_TYPE("offenceType"), OFFENCE_ROLE("offenceRole"), SAFEGUARDING("safeguarding"), CURRENT_AS_OF("currentAsOf");

    private final String configName;

    CanonicalField(String configName) {
        this.configName = configName;
    }

    /** The name tenant configuration uses. */
    public String configName() {
        return configName;
    }

    public static Optional<CanonicalField> fromConfigName(String name) {
        return Arrays.stream(values()).filter(f -> f.configName.equals(name)).findFirst();
    }

    /** True for fields holding dates (read with the source's date format). */
    public boolean isDate() {
        return this == DATE_OF_BIRTH || this == START || this == END || this == LAST_CONTACT || this == OFFENCE_DATE
                || this == CURRENT_AS_OF;
    }
}
