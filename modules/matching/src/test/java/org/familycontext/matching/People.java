package org.familycontext.matching;

/** Builds test records tersely. */
final class People {

    private People() {
    }

    static PersonRecord person(String id, String given, String family, String birth, String postcode, String address, String nhs) {
        PartialDate date = birth == null ? PartialDate.UNKNOWN
                : new PartialDate(Integer.parseInt(birth.substring(0, 4)), Integer.parseInt(birth.substring(5, 7)),
                        Integer.parseInt(birth.substring(8, 10)));
        return new PersonRecord(id, 0, given, family, date, null, address, postcode, null, nhs, null, null, null, null);
    }
}
