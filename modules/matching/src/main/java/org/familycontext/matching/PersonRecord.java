package org.familycontext.matching;

import java.time.LocalDate;

/**
 * One source record of a person, as the matcher sees it: raw text per field (null or blank when
 * the source does not hold it). The matcher normalises and validates the values itself.
 *
 * @param id          the record's id, unique within its side
 * @param side        0, or 1 for the right-hand file when two sets are linked
 * @param givenName   given name(s)
 * @param familyName  family name(s)
 * @param dateOfBirth the date of birth as far as known
 * @param gender      gender as written
 * @param address     address lines, joined
 * @param postcode    postcode
 * @param city        town or city
 * @param nhsNumber   NHS number (compared only when valid)
 * @param upn         unique pupil number (compared only when valid)
 * @param otherId     another identifier shared by the sources (compared exactly)
 * @param phone       phone number
 * @param email       e-mail address
 * @param uprn        unique property reference number of the address (compared exactly, leading zeros aside)
 * @param livedFrom   when the person began to live at the address, where the source records it (a tenancy's start)
 * @param livedTo     when the person stopped living there; null while they still do or where unknown
 */
public record PersonRecord(String id, int side, String givenName, String familyName, PartialDate dateOfBirth, String gender,
                           String address, String postcode, String city, String nhsNumber, String upn, String otherId,
                           String phone, String email, String uprn, LocalDate livedFrom, LocalDate livedTo) {

    public PersonRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a record needs an id");
        }
        if (side != 0 && side != 1) {
            throw new IllegalArgumentException("side is 0 or 1");
        }
        dateOfBirth = dateOfBirth == null ? PartialDate.UNKNOWN : dateOfBirth;
    }

    /** A record without a period at its address. */
    public PersonRecord(String id, int side, String givenName, String familyName, PartialDate dateOfBirth, String gender,
                        String address, String postcode, String city, String nhsNumber, String upn, String otherId,
                        String phone, String email, String uprn) {
        this(id, side, givenName, familyName, dateOfBirth, gender, address, postcode, city, nhsNumber, upn, otherId, phone, email,
                uprn, null, null);
    }

    /** A record without a UPRN. */
    public PersonRecord(String id, int side, String givenName, String familyName, PartialDate dateOfBirth, String gender,
                        String address, String postcode, String city, String nhsNumber, String upn, String otherId,
                        String phone, String email) {
        this(id, side, givenName, familyName, dateOfBirth, gender, address, postcode, city, nhsNumber, upn, otherId, phone, email,
                null, null, null);
    }

    /** A record with only names and a date of birth (for tests and small tools). */
    public static PersonRecord named(String id, String givenName, String familyName, PartialDate dateOfBirth) {
        return new PersonRecord(id, 0, givenName, familyName, dateOfBirth, null, null, null, null, null, null, null, null, null);
    }
}
