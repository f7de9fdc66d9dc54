package org.familycontext.launcher.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.familycontext.matching.Field;
import org.familycontext.matching.LinkSettings;
import org.familycontext.matching.PersonRecord;

/**
 * One council of a generated synthetic region (Stockport's style of extracts): the people in its
 * five sources as one set to deduplicate, and the truth from the generator's {@code truth/} folder.
 * Like the server (tenant-config/stockport.yaml), a source's person reference makes one record:
 * a pupil's UPN across schools, a police nominal across offences, from the first row.
 */
public final class SyntheticSet {

    private record Source(String file, String id, String personRef, Map<Field, List<String>> fields) {
    }

    private static final List<Source> STOCKPORT = List.of(
            source("csc_people.csv", "PERSON_ID", true, false, true),
            source("asc.csv", "CLIENT_ID", true, false, true),
            source("school.csv", "UPN", false, true, false),
            source("housing.csv", "TENANT_REF", false, false, true),
            source("police.csv", "OFFENCE_REF", "NOMINAL_ID", false, false, false));

    private SyntheticSet() {
    }

    private static Source source(String file, String id, boolean nhs, boolean upn, boolean uprn) {
        return source(file, id, id, nhs, upn, uprn);
    }

    private static Source source(String file, String id, String personRef, boolean nhs, boolean upn, boolean uprn) {
        Map<Field, List<String>> fields = new EnumMap<>(Field.class);
        fields.put(Field.GIVEN_NAME, List.of("FORENAME"));
        fields.put(Field.FAMILY_NAME, List.of("SURNAME"));
        fields.put(Field.DATE_OF_BIRTH, List.of("DOB"));
        fields.put(Field.ADDRESS, List.of("ADDRESS"));
        fields.put(Field.POSTCODE, List.of("POSTCODE"));
        if (!file.equals("housing.csv")) {
            fields.put(Field.GENDER, List.of("GENDER"));
        } else {
            // as in the server: a housing record's involvement is a tenancy, when its tenant lived at its address
            fields.put(Field.RESIDENCE, List.of("TENANCY_START", "TENANCY_END"));
        }
        if (nhs) {
            fields.put(Field.NHS_NUMBER, List.of("NHS_NUMBER"));
        }
        if (upn) {
            fields.put(Field.UPN, List.of("UPN"));
        }
        if (uprn) {
            fields.put(Field.UPRN, List.of("UPRN"));
        }
        return new Source(file, id, personRef, fields);
    }

    /** The council's records, ids prefixed with their file ("school.csv:A123..."). */
    public static List<PersonRecord> records(Path council) {
        List<PersonRecord> records = new ArrayList<>();
        for (Source source : STOCKPORT) {
            LinkMapping mapping = new LinkMapping(source.file(), source.personRef(), source.fields(), "dd/MM/yyyy", "dd/MM/yyyy",
                    LinkSettings.defaults());
            for (PersonRecord r : CsvPeople.read(council.resolve(source.file()), mapping, 0, true)) {
                records.add(new PersonRecord(source.file() + ":" + r.id(), 0, r.givenName(), r.familyName(), r.dateOfBirth(),
                        r.gender(), r.address(), r.postcode(), r.city(), r.nhsNumber(), r.upn(), r.otherId(), r.phone(), r.email(),
                        r.uprn(), r.livedFrom(), r.livedTo()));
            }
        }
        return records;
    }

    /** Each record's true person, from {@code truth/records.csv}. */
    public static String[] truth(Path region, String council, List<PersonRecord> records) throws IOException {
        Map<String, Map<String, String>> references = new HashMap<>();
        for (Source source : STOCKPORT) {
            if (!source.personRef().equals(source.id())) {
                references.put(source.file(), personReferences(region.resolve(council).resolve(source.file()), source));
            }
        }
        Map<String, String> person = new HashMap<>();
        try (CSVParser parser = csv(region.resolve("truth/records.csv"))) {
            for (CSVRecord row : parser) {
                if (row.get("council").equals(council)) {
                    String file = row.get("file");
                    String id = references.getOrDefault(file, Map.of()).getOrDefault(row.get("record_id"), row.get("record_id"));
                    String earlier = person.putIfAbsent(file + ":" + id, row.get("person_id"));
                    if (earlier != null && !earlier.equals(row.get("person_id"))) {
                        throw new IllegalStateException(file + ": the person reference " + id + " is two people in the truth");
                    }
                }
            }
        }
        String[] truth = new String[records.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = person.get(records.get(i).id());
            if (truth[i] == null) {
                throw new IllegalStateException("the truth does not know record " + records.get(i).id());
            }
        }
        return truth;
    }

    /** Each row id of a source and the person reference it carries. */
    private static Map<String, String> personReferences(Path file, Source source) throws IOException {
        Map<String, String> references = new HashMap<>();
        try (CSVParser parser = csv(file)) {
            for (CSVRecord row : parser) {
                references.put(row.get(source.id()).strip(), row.get(source.personRef()).strip());
            }
        }
        return references;
    }

    private static CSVParser csv(Path file) throws IOException {
        Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
