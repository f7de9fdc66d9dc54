package org.familycontext.adapters.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.familycontext.tenancy.Dataset;
import org.familycontext.tenancy.SourceSettings;

/** Source settings for tests: a small people extract and a relationships extract, read as CSV. */
public final class Sources {

    public static final String PEOPLE_HEADER = "ID,FORENAME,SURNAME,DOB,GENDER,NHS,POSTCODE,UPN,TYPE";

    private Sources() {
    }

    public static SourceSettings people(String file) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("recordId", "ID");
        columns.put("givenName", "FORENAME");
        columns.put("familyName", "SURNAME");
        columns.put("dateOfBirth", "DOB");
        columns.put("gender", "GENDER");
        columns.put("nhsNumber", "NHS");
        columns.put("postcode", "POSTCODE");
        columns.put("upn", "UPN");
        columns.put("type", "TYPE");
        return new SourceSettings("csc-people", Dataset.CHILDRENS_SOCIAL_CARE, SourceSettings.Kind.PEOPLE, "csv-file",
                Map.of("file", file), "dd/MM/yyyy", columns,
                Map.of("gender", Map.of("F", "female", "M", "male"), "type", Map.of("CIN", "child-in-need", "CP", "child-protection")),
                SourceSettings.Schedule.NIGHTLY, SourceSettings.Coverage.UNSTATED);
    }

    public static SourceSettings relationships(String file) {
        return new SourceSettings("csc-relationships", Dataset.CHILDRENS_SOCIAL_CARE, SourceSettings.Kind.RELATIONSHIPS, "csv-file",
                Map.of("file", file), "dd/MM/yyyy",
                Map.of("recordId", "ID", "relatedRecordId", "RELATED_ID", "relationship", "RELATIONSHIP"),
                Map.of("relationship", Map.of("PARENT", "parent", "CHILD", "child")),
                SourceSettings.Schedule.NIGHTLY, SourceSettings.Coverage.UNSTATED);
    }
}
