package org.familycontext.assembly;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person as assembled: the name and date of birth most of their records give.
 *
 * @param id          the person's id (stable across re-links while the person is the same)
 * @param givenName   given name
 * @param familyName  family name
 * @param dateOfBirth date of birth, when known
 * @param records     how many source records are this person
 */
public record PersonSummary(UUID id, String givenName, String familyName, LocalDate dateOfBirth, int records) {
}
