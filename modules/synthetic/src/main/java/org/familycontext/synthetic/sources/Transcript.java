package org.familycontext.synthetic.sources;

import java.time.LocalDate;
import java.util.List;
import org.familycontext.synthetic.codes.Gender;
import org.familycontext.synthetic.region.Household;

/**
 * A person as one service wrote them down, with the errors that went in. One service keeps one
 * version of a person, so every row it has about them shares the transcript.
 *
 * @param givenName   as written
 * @param familyName  as written
 * @param dateOfBirth as written, or null when missing
 * @param gender      as written
 * @param nhsNumber   as written, empty when missing
 * @param address     the household whose address was written
 * @param errors      what differs from the truth
 */
public record Transcript(String givenName, String familyName, LocalDate dateOfBirth, Gender gender,
        String nhsNumber, Household address, List<RecordedError> errors) {

    /** Writes the person's fields (names, date of birth, gender, NHS number, address) into a row. */
    public SourceRow fill(SourceRow row) {
        return row.put(Field.GIVEN_NAME, givenName)
                .put(Field.FAMILY_NAME, familyName)
                .put(Field.DATE_OF_BIRTH, dateOfBirth)
                .put(Field.GENDER, gender)
                .put(Field.NHS_NUMBER, nhsNumber)
                .put(Field.ADDRESS, address.dwelling().address())
                .put(Field.POSTCODE, address.dwelling().postcode())
                .put(Field.UPRN, address.dwelling().uprn())
                .withErrors(errors);
    }
}
