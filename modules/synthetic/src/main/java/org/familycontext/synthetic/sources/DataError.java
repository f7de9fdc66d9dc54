package org.familycontext.synthetic.sources;

/** The kinds of difference a service's record can have from the truth. */
public enum DataError {
    /** One character substituted, transposed, dropped or doubled. */
    TYPO,
    /** A short form of the given name (Bill for William). */
    NICKNAME,
    /** The surname the person had before (recorded before a marriage, separation or move). */
    FORMER_SURNAME,
    /** A multi-part surname written another way (hyphen dropped, one part only, apostrophe lost). */
    NAME_FORM,
    MISSING_DATE_OF_BIRTH,
    /** Only the year was known: written as 1 January of that year. */
    YEAR_ONLY_DATE_OF_BIRTH,
    DAY_MONTH_SWAPPED,
    MISSING_NHS_NUMBER,
    /** A wrong check digit. */
    INVALID_NHS_NUMBER,
    /** A wrong check letter. */
    INVALID_UPN,
    /** An earlier address of the person in the same council. */
    OLD_ADDRESS,
    GENDER_NOT_RECORDED
}
