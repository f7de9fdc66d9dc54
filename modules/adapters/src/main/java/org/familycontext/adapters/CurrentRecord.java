package org.familycontext.adapters;

import java.time.LocalDate;

/**
 * One row of a source's current data: who (as the source records the person) and, when the row
 * carries one, a service involvement with its practitioner. A person appears on as many rows of a
 * source as the source has involvements for them, each with the same person reference.
 *
 * @param source       the source id (e.g. csc-people)
 * @param dataset      the dataset the source feeds (e.g. childrens-social-care)
 * @param recordId     the row's record id in the source
 * @param personRef    the source's id for the person (the record id unless the source names a person column)
 * @param givenName    given name
 * @param familyName   family name
 * @param birthDate    date of birth, when known and valid
 * @param gender       gender as the source writes it
 * @param nhsNumber    NHS number (valid ones only)
 * @param upn          unique pupil number (valid ones only)
 * @param address      address
 * @param postcode     postcode (valid ones only)
 * @param uprn         unique property reference number
 * @param involvement  the service involvement on the row
 * @param currentAsOf  the date the source's data is current as of
 */
public record CurrentRecord(String source, String dataset, String recordId, String personRef, String givenName, String familyName,
                            LocalDate birthDate, String gender, String nhsNumber, String upn, String address, String postcode,
                            String uprn, Involvement involvement, LocalDate currentAsOf) {

    /**
     * A service involvement and whom to call about it.
     *
     * @param type              e.g. child protection, tenancy, offence
     * @param start             start of the involvement
     * @param end               end, when it has ended
     * @param lastContact       last contact
     * @param organisation      the organisation involved
     * @param team              its team
     * @param practitionerName  the practitioner to call
     * @param practitionerRole  their role
     * @param practitionerPhone their phone
     * @param practitionerEmail their e-mail
     * @param flags             further fields of the dataset (e.g. asb, rentArrears, offenceType), by canonical name
     */
    public record Involvement(String type, LocalDate start, LocalDate end, LocalDate lastContact, String organisation, String team,
                              String practitionerName, String practitionerRole, String practitionerPhone,
                              String practitionerEmail, java.util.Map<String, String> flags) {
    }
}
