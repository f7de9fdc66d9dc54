package org.familycontext.synthetic.sources;

import java.util.Locale;

/** The canonical fields of an extract row; styles choose which to write and under what name. */
public enum Field {
    RECORD_ID, PERSON_REF, GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, GENDER, NHS_NUMBER, UPN, ADDRESS, POSTCODE,
    UPRN, TYPE, START, END, LAST_CONTACT, ORGANISATION, PRACTITIONER_NAME, PRACTITIONER_ROLE, PRACTITIONER_PHONE,
    PRACTITIONER_EMAIL, TEAM, RELATED_RECORD_ID, RELATIONSHIP, ASB, EVICTION, NOTICE_SEEKING_POSSESSION,
    RENT_ARREARS, OFFENCE_DATE, OFFENCE_TYPE, OFFENCE_ROLE, SAFEGUARDING;

    /** The canonical name as the design note writes it, e.g. date_of_birth. */
    public String canonicalName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
