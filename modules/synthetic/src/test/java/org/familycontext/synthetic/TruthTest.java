package org.familycontext.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.Path;
import org.familycontext.kernel.NhsNumber;
import org.familycontext.kernel.Postcode;
import org.familycontext.kernel.Upn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** truth/ says who every row is, and every difference from the truth is a recorded error. */
class TruthTest {

    @TempDir
    static Path root;
    static SampleRegion region;
    static Map<String, Map<String, String>> people = new HashMap<>();
    static Map<String, Map<String, String>> households = new HashMap<>();
    static Map<String, Map<String, String>> records = new HashMap<>();
    static Set<String> errors = new HashSet<>();

    @BeforeAll
    static void generate() {
        region = SampleRegion.generate(root, 3000, 11);
        region.truth("people.csv").maps().forEach(p -> people.put(p.get("person_id"), p));
        region.truth("households.csv").maps().forEach(h -> households.put(h.get("household_id"), h));
        region.truth("records.csv").maps().forEach(r -> records.put(key(r.get("council"), r.get("file"),
                r.get("row_number")), r));
        region.truth("errors.csv").maps().forEach(e -> errors.add(key(e.get("council"), e.get("file"),
                e.get("row_number")) + "/" + e.get("field")));
    }

    @Test
    void recordsCoverEveryExtractRowOnceWithItsRecordId() {
        int rows = 0;
        for (String council : SampleRegion.COUNCILS) {
            for (int kind = 0; kind < 6; kind++) {
                String file = SampleRegion.FILES.get(council).get(kind);
                List<List<String>> data = region.extract(council, kind).rows;
                for (int i = 0; i < data.size(); i++) {
                    Map<String, String> truth = records.get(key(council, file, String.valueOf(i + 1)));
                    assertThat(truth).as(council + "/" + file + " row " + (i + 1)).isNotNull();
                    assertThat(truth.get("record_id")).isEqualTo(data.get(i).get(0));
                }
                rows += data.size();
            }
        }
        assertThat(records).hasSize(rows);
    }

    @Test
    void recordsNameRealPeopleAndHouseholds() {
        assertThat(records.values()).allSatisfy(r -> {
            assertThat(people).containsKey(r.get("person_id"));
            assertThat(households).containsKey(r.get("household_id"));
        });
    }

    @Test
    void everyNameDateOfBirthAndNhsNumberThatDiffersFromTheTruthIsARecordedError() {
        int checked = 0;
        for (String council : SampleRegion.COUNCILS) {
            for (int kind : new int[] {0, 2, 3, 4, 5}) {
                checked += compareWithTruth(council, kind);
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(errors).isNotEmpty();
    }

    @Test
    void peopleHaveValidUniqueIdentifiersAndACurrentHousehold() {
        Set<String> nhs = new HashSet<>();
        Set<String> upns = new HashSet<>();
        for (Map<String, String> p : people.values()) {
            String n = p.get("nhs_number");
            assertThat(n.isEmpty() || (NhsNumber.isValid(n) && nhs.add(n))).as(n).isTrue();
            String u = p.get("upn");
            assertThat(u.isEmpty() || (Upn.isValid(u) && upns.add(u))).as(u).isTrue();
            Map<String, String> home = households.get(p.get("household_id"));
            assertThat(home.get("to")).isEmpty();
            assertThat(LocalDate.parse(p.get("date_of_birth"))).isBefore(SampleRegion.AS_OF);
        }
        assertThat(upns).hasSizeGreaterThan(people.size() / 10);
    }

    @Test
    void householdsHaveOrderedDatesValidPostcodesAndOneAddressPerUprn() {
        Map<String, String> postcodeByUprn = new HashMap<>();
        for (Map<String, String> h : households.values()) {
            LocalDate from = LocalDate.parse(h.get("from"));
            assertThat(from).isBeforeOrEqualTo(SampleRegion.AS_OF);
            if (!h.get("to").isEmpty()) {
                assertThat(LocalDate.parse(h.get("to"))).isAfterOrEqualTo(from).isBeforeOrEqualTo(SampleRegion.AS_OF);
            }
            assertThat(h.get("uprn")).matches("\\d{12}");
            assertThat(Postcode.parse(h.get("postcode"))).contains(new Postcode(h.get("postcode")));
            assertThat(postcodeByUprn.computeIfAbsent(h.get("uprn"), u -> h.get("postcode"))).isEqualTo(h.get("postcode"));
            assertThat(SampleRegion.COUNCILS).contains(h.get("council"));
        }
    }

    private int compareWithTruth(String council, int kind) {
        String file = SampleRegion.FILES.get(council).get(kind);
        CsvText csv = region.extract(council, kind);
        int given = kind == 5 ? 2 : 1;
        int dob = given + 2;
        int nhs = kind == 0 || kind == 3 ? given + 4 : -1;
        for (int i = 0; i < csv.rows.size(); i++) {
            List<String> row = csv.rows.get(i);
            String rowKey = key(council, file, String.valueOf(i + 1));
            Map<String, String> person = people.get(records.get(rowKey).get("person_id"));
            expectRecordedIfDifferent(rowKey, "given_name", row.get(given), person.get("given_name"));
            expectRecordedIfDifferent(rowKey, "family_name", row.get(given + 1), person.get("family_name"));
            String writtenDob = row.get(dob).isEmpty() ? ""
                    : LocalDate.parse(row.get(dob), SampleRegion.dateFormat(council)).toString();
            expectRecordedIfDifferent(rowKey, "date_of_birth", writtenDob, person.get("date_of_birth"));
            if (nhs >= 0) {
                expectRecordedIfDifferent(rowKey, "nhs_number", row.get(nhs), person.get("nhs_number"));
            }
        }
        return csv.rows.size();
    }

    private static void expectRecordedIfDifferent(String rowKey, String field, String written, String truth) {
        if (!written.equals(truth)) {
            assertThat(errors).as(rowKey + " " + field + ": " + written + " vs " + truth).contains(rowKey + "/" + field);
        }
    }

    private static String key(String council, String file, String row) {
        return council + "/" + file + "/" + row;
    }
}
