package org.familycontext.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The region looks like the design note's: who services know, codes, contacts, names, moves. */
class RealismTest {

    @TempDir
    static Path root;
    static SampleRegion region;
    static Map<String, Map<String, String>> people = new HashMap<>();
    static List<Map<String, String>> records;
    static List<Map<String, String>> errors;

    @BeforeAll
    static void generate() {
        region = SampleRegion.generate(root, 4000, 17);
        region.truth("people.csv").maps().forEach(p -> people.put(p.get("person_id"), p));
        records = region.truth("records.csv").maps();
        errors = region.truth("errors.csv").maps();
    }

    @Test
    void aboutOneFamilyInTwentyAlsoLivedInAnotherCouncil() {
        Map<String, Set<String>> councilsByFamily = region.truth("households.csv").maps().stream().collect(
                Collectors.groupingBy(h -> h.get("family_id"), Collectors.mapping(h -> h.get("council"), Collectors.toSet())));
        long moved = councilsByFamily.values().stream().filter(c -> c.size() > 1).count();
        assertThat((double) moved / councilsByFamily.size()).isBetween(0.02, 0.09);
    }

    @Test
    void childrensSocialCareKnowsAboutAQuarterOfFamiliesWithChildren() {
        Set<String> withChildren = new HashSet<>();
        people.values().stream().filter(p -> age(p) < 18).forEach(p -> withChildren.add(p.get("family_id")));
        Set<String> hadChildrenBeforeMoving = new HashSet<>();
        people.values().stream().filter(p -> age(p) < 22).forEach(p -> hadChildrenBeforeMoving.add(p.get("family_id")));
        Set<String> known = new HashSet<>();
        records.stream().filter(r -> SampleRegion.FILES.get(r.get("council")).get(0).equals(r.get("file")))
                .forEach(r -> known.add(people.get(r.get("person_id")).get("family_id")));
        assertThat(hadChildrenBeforeMoving).containsAll(known);
        assertThat((double) known.size() / withChildren.size()).isBetween(0.15, 0.40);
    }

    @Test
    void schoolsKnowSchoolAgeChildrenAndAdultServicesKnowAdults() {
        for (Map<String, String> r : records) {
            int kind = SampleRegion.FILES.get(r.get("council")).indexOf(r.get("file"));
            int age = age(people.get(r.get("person_id")));
            switch (kind) {
                case 2 -> assertThat(age).as(r.toString()).isBetween(4, 22);
                case 3, 5 -> assertThat(age).as(r.toString()).isGreaterThanOrEqualTo(18);
                case 4 -> assertThat(age).as(r.toString()).isGreaterThanOrEqualTo(18);
                default -> { }
            }
        }
    }

    @Test
    void codesAreTheStylesOwn() {
        expectCodes("stockport", 0, 4, "F", "M", "O", "U");
        expectCodes("leeds", 0, 4, "Female", "Male", "Other", "Unknown");
        expectCodes("manchester", 0, 4, "2", "1", "3", "9");
        expectCodes("stockport", 0, 9, "", "EH", "CIN", "CP", "LAC");
        expectCodes("leeds", 0, 9, "", "Early help", "Child in need", "Child protection", "Looked after");
        expectCodes("manchester", 0, 9, "", "EH", "CIN", "CPP", "LAC");
        expectCodes("stockport", 2, 9, "MAIN", "SECONDARY", "OFFSITE");
        expectCodes("leeds", 2, 9, "Main", "Secondary", "Off-site provision");
        expectCodes("manchester", 2, 9, "Main", "Secondary", "OffSite");
        for (int flag = 12; flag <= 15; flag++) {
            expectCodes("stockport", 4, flag, "OPEN", "CLOSED", "NONE");
            expectCodes("leeds", 4, flag, "Case open", "Case closed", "No records found");
            expectCodes("manchester", 4, flag, "1", "2", "0");
        }
        expectCodes("stockport", 5, 14, "Convict", "Suspect");
        expectCodes("manchester", 5, 14, "C", "S");
        expectCodes("stockport", 5, 15, "Y", "N");
        expectCodes("leeds", 5, 15, "Yes", "No");
        expectCodes("manchester", 5, 15, "1", "0");
        expectCodes("leeds", 1, 2, "parent", "child", "sibling", "grandparent", "grandchild", "partner",
                "household member", "other");
    }

    @Test
    void policeRecordSafeguardingAndOtherOffences() {
        Set<String> safeguarding = Set.of("Homicide", "Other sexual offences", "Possession of weapons", "Rape",
                "Robbery", "Violence with injury", "Violence without injury");
        int[] seen = new int[2];
        for (String council : SampleRegion.COUNCILS) {
            for (List<String> row : region.extract(council, 5).rows) {
                boolean flagged = row.get(15).equals("Y") || row.get(15).equals("Yes") || row.get(15).equals("1");
                assertThat(flagged).as(row.toString()).isEqualTo(safeguarding.contains(row.get(13)));
                seen[flagged ? 0 : 1]++;
            }
        }
        assertThat(seen[0]).isPositive();
        assertThat(seen[1]).isPositive();
    }

    @Test
    void practitionersHaveSyntheticContactDetails() {
        for (String council : SampleRegion.COUNCILS) {
            for (List<String> row : region.extract(council, 3).rows) {
                assertThat(row.get(12)).matches("0161 496 0\\d{3}|0113 496 0\\d{3}|07700 900\\d{3}");
                assertThat(row.get(13)).matches("[a-z-]+\\.[a-z-]+\\d*@" + council + "\\.example\\.gov\\.uk");
            }
        }
    }

    @Test
    void servicesMakeTheUsualMistakesAndRecordThem() {
        Set<String> kinds = errors.stream().map(e -> e.get("error")).collect(Collectors.toSet());
        assertThat(kinds).contains("TYPO", "NICKNAME", "FORMER_SURNAME", "NAME_FORM", "MISSING_DATE_OF_BIRTH",
                "YEAR_ONLY_DATE_OF_BIRTH", "DAY_MONTH_SWAPPED", "MISSING_NHS_NUMBER", "OLD_ADDRESS");
        assertThat(errors).filteredOn(e -> e.get("error").equals("NICKNAME"))
                .anySatisfy(e -> assertThat(e.get("true_value")).isIn("William", "Elizabeth", "Margaret", "Robert",
                        "Thomas", "James", "Michael", "Christopher", "Daniel", "Matthew", "Joseph", "Samuel"));
    }

    @Test
    void multiPartAndApostrophedSurnamesAreWrittenAsTheyAre() throws IOException {
        Set<String> surnames = people.values().stream().map(p -> p.get("family_name")).collect(Collectors.toSet());
        assertThat(surnames).anyMatch(s -> s.contains("'")).anyMatch(s -> s.contains("-")).anyMatch(s -> s.contains(" "));
        // O'Neill and the like are about one name in five hundred, as in England: look in all of Stockport's extracts
        StringBuilder stockport = new StringBuilder();
        for (String file : List.of("csc_people.csv", "school.csv", "asc.csv", "housing.csv", "police.csv")) {
            stockport.append(Files.readString(root.resolve("stockport").resolve(file)));
        }
        assertThat(stockport.toString()).containsPattern(",O'[A-Z][a-z]+,").doesNotContain("\u2019", "&#39;", "\"O'");
    }

    private static int age(Map<String, String> person) {
        return Period.between(LocalDate.parse(person.get("date_of_birth")), SampleRegion.AS_OF).getYears();
    }

    private static void expectCodes(String council, int kind, int column, String... allowed) {
        Set<String> values = new HashSet<>();
        region.extract(council, kind).rows.forEach(row -> values.add(row.get(column)));
        assertThat(values).as(council + " " + kind + " column " + column).isSubsetOf(allowed).hasSizeGreaterThan(1);
    }
}
