package org.familycontext.assembly;

import java.time.LocalDate;

/**
 * What a social worker knows at first contact.
 *
 * @param familyName  family name (required, at least two letters)
 * @param givenName   given name or its start, may be null
 * @param dateOfBirth date of birth, may be null
 * @param limit       at most this many people
 */
public record PersonSearch(String familyName, String givenName, LocalDate dateOfBirth, int limit) {

    public PersonSearch {
        if (familyName == null || familyName.strip().length() < 2) {
            throw new IllegalArgumentException("a search needs a family name of at least two letters");
        }
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be between 1 and 200");
        }
    }
}
