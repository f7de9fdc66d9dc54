package org.familycontext.assembly;

import java.time.LocalDate;

/**
 * What a social worker knows at first contact.
 *
 * @param familyName  family name (required, at least two letters)
 * @param givenName   given name or its start, may be null
 * @param dateOfBirth date of birth, may be null
 * @param limit       at most this many people
 * @param bornAfter   only people born after this date (children, in a child-first journey), or null for anyone;
 *                    people whose date of birth is unknown are then left out
 */
public record PersonSearch(String familyName, String givenName, LocalDate dateOfBirth, int limit, LocalDate bornAfter) {

    /** Children under this age, for councils whose journey starts from the child. */
    public static final int CHILD_UNDER = 18;

    public PersonSearch {
        if (familyName == null || familyName.strip().length() < 2) {
            throw new IllegalArgumentException("a search needs a family name of at least two letters");
        }
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be between 1 and 200");
        }
    }

    /** A search among people of any age. */
    public PersonSearch(String familyName, String givenName, LocalDate dateOfBirth, int limit) {
        this(familyName, givenName, dateOfBirth, limit, null);
    }

    /** The same search among children only: people under {@value #CHILD_UNDER} on the given day. */
    public PersonSearch childrenOn(LocalDate today) {
        return new PersonSearch(familyName, givenName, dateOfBirth, limit, today.minusYears(CHILD_UNDER));
    }
}
