package org.familycontext.synthetic.sources;

/** The extracts each council provides, one file each whatever the style. */
public enum SourceFile {
    CSC_PEOPLE,
    CSC_RELATIONSHIPS,
    SCHOOL,
    ADULT_SOCIAL_CARE,
    HOUSING,
    POLICE
}
