package org.familycontext.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** How a council's social workers start: the two journeys piloted. */
public enum Journey {
    /** Search any individual by name (and date of birth) or case-system id (Stockport). */
    SEARCH_ANY("search-any"),
    /** Search the child; open the people linked to the child in the case system (Leeds). */
    CHILD_FIRST("child-first");

    private final String code;

    Journey(String code) {
        this.code = code;
    }

    /** The code used in tenant configuration. */
    public String code() {
        return code;
    }

    /** The journey with this configuration code. */
    public static Optional<Journey> fromCode(String code) {
        return Arrays.stream(values()).filter(j -> j.code.equals(code)).findFirst();
    }
}
