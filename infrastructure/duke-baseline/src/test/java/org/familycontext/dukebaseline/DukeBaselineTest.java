package org.familycontext.dukebaseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Duke as configured here, on tiny invented records (no real people). */
class DukeBaselineTest {

    private static DukeRecord person(String id, String given, String family, String dob, String address,
            String postcode) {
        Map<String, String> fields = new HashMap<>();
        fields.put("given_name", given);
        fields.put("family_name", family);
        fields.put("date_of_birth", dob);
        fields.put("address", address);
        fields.put("postcode", postcode);
        return new DukeRecord(id, fields);
    }

    private static DukeRecord with(DukeRecord record, String field, String value) {
        Map<String, String> fields = new HashMap<>(record.fields());
        fields.put(field, value);
        return new DukeRecord(record.id(), fields);
    }

    private static final DukeRecord ORLA = person("p-2", "Orla", "Pennyfeather", "1984-03-17",
            "12 Larkspur Lane Eastbrook", "EB1 2XY");
    private static final DukeRecord ORLA_TYPO = person("p-1", "Orla", "Pennyfeathar", "1984-03-17",
            "12 Larkspur Lane Eastbrook", "eb12xy");
    private static final DukeRecord BRAM = person("p-3", "Bram", "Quistwold", "1979-11-02",
            "4 Mill Row Westford", "WF3 9QP");
    private static final DukeRecord TAMSIN = person("p-4", "Tamsin", "Oakhurst", "2001-06-30",
            "77 Heron Quay Northmere", "NM7 4LD");

    @Test
    void deduplicationFindsTheTypoDuplicateOnceAndNothingElse() {
        List<DukePair> pairs = DukeBaseline.deduplicate(List.of(ORLA, BRAM, ORLA_TYPO, TAMSIN), 2);

        assertThat(pairs).hasSize(1);
        DukePair pair = pairs.get(0);
        // each unordered pair once, the lexicographically smaller id on the left
        assertThat(pair.leftId()).isEqualTo("p-1");
        assertThat(pair.rightId()).isEqualTo("p-2");
        assertThat(pair.confidence()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
    }

    @Test
    void deduplicationToleratesMissingAndBlankValues() {
        DukeRecord noBirthDate = with(with(ORLA_TYPO, "date_of_birth", null), "postcode", "  ");

        List<DukePair> pairs = DukeBaseline.deduplicate(List.of(ORLA, noBirthDate, BRAM), 1);

        assertThat(pairs).extracting(DukePair::leftId, DukePair::rightId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p-1", "p-2"));
    }

    @Test
    void deduplicationDoesNotMergeOneHousehold() {
        DukeRecord mother = with(with(ORLA, "city", "Eastbrook"), "gender", "F");
        DukeRecord daughter = with(with(person("p-5", "Wren", "Pennyfeather", "2012-05-09",
                "12 Larkspur Lane Eastbrook", "EB1 2XY"), "city", "Eastbrook"), "gender", "F");
        DukeRecord son = with(with(person("p-6", "Jory", "Pennyfeather", "2015-08-21",
                "12 Larkspur Lane Eastbrook", "EB1 2XY"), "city", "Eastbrook"), "gender", "M");

        assertThat(DukeBaseline.deduplicate(List.of(mother, daughter, son), 1)).isEmpty();
    }

    @Test
    void oneToOneLinkageLinksEachLeftRecordToItsCounterpart() {
        // the same ids appear in both sets for different people: linkage must not care
        List<DukeRecord> left = List.of(
                person("1", "Orla", "Pennyfeather", "1984-03-17", "12 Larkspur Lane Eastbrook", "EB1 2XY"),
                person("2", "Bram", "Quistwold", "1979-11-02", "4 Mill Row Westford", "WF3 9QP"),
                person("3", "Tamsin", "Oakhurst", "2001-06-30", "77 Heron Quay Northmere", "NM7 4LD"));
        List<DukeRecord> right = List.of(
                person("1", "Bram", "Quistwould", "1979-11-02", "4 Mill Row Westford", "WF3 9QP"),
                person("2", "Tamsin", "Oakhurst", null, "77 Heron Quay Northmere", "NM74LD"),
                person("3", "ORLA", "Pennyfeather", "1984-03-17", "12 Larkspur Ln Eastbrook", "EB1 2XY"),
                person("4", "Ives", "Marchbank", "1990-01-25", "9 Quarry Hill Southcote", "SC2 8RT"));

        List<DukePair> pairs = DukeBaseline.link(left, right, true, 2);

        assertThat(pairs).extracting(DukePair::leftId, DukePair::rightId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "3"),
                org.assertj.core.groups.Tuple.tuple("2", "1"),
                org.assertj.core.groups.Tuple.tuple("3", "2"));
        assertThat(pairs).allSatisfy(pair -> assertThat(pair.confidence()).isGreaterThan(0.9));
    }

    @Test
    void oneToOneKeepsOneMatchPerRecordOnEitherSideAndAllMatchesKeepsEvery() {
        DukeRecord rightOrla = new DukeRecord("r-orla", ORLA.fields());
        DukeRecord rightOrlaAgain = new DukeRecord("r-orla-typo", ORLA_TYPO.fields());
        DukeRecord leftOrla = new DukeRecord("l-orla", ORLA.fields());
        DukeRecord leftOrlaAgain = new DukeRecord("l-orla-typo", ORLA_TYPO.fields());

        // two right candidates for one left record
        assertThat(DukeBaseline.link(List.of(leftOrla), List.of(rightOrlaAgain, rightOrla), true, 1))
                .extracting(DukePair::rightId).containsExactly("r-orla");
        assertThat(DukeBaseline.link(List.of(leftOrla), List.of(rightOrlaAgain, rightOrla), false, 1))
                .extracting(DukePair::rightId).containsExactly("r-orla", "r-orla-typo");

        // two left records whose best candidate is the same right record: the better one keeps it
        assertThat(DukeBaseline.link(List.of(leftOrlaAgain, leftOrla), List.of(rightOrla), true, 1))
                .extracting(DukePair::leftId).containsExactly("l-orla");
        assertThat(DukeBaseline.link(List.of(leftOrlaAgain, leftOrla), List.of(rightOrla), false, 1))
                .extracting(DukePair::leftId).containsExactly("l-orla-typo", "l-orla");
    }

    @Test
    void identifiersAndContactDetailsAreUsedWhenPresent() {
        DukeRecord a = new DukeRecord("a", Map.of("given_name", "Orla", "family_name", "Pennyfeather",
                "nhs_number", "943 476 5919", "email", "Orla.P@example.org", "phone", "+44 7700 900123"));
        DukeRecord b = new DukeRecord("b", Map.of("given_name", "Orlagh", "family_name", "Pennyfeather",
                "nhs_number", "9434765919", "email", "orla.p@example.org", "phone", "07700 900123"));
        DukeRecord c = new DukeRecord("c", Map.of("given_name", "Orla", "family_name", "Pennyfeather",
                "nhs_number", "401 023 2137", "email", "orla.pennyfeather@example.net", "phone", "07700 900456"));

        assertThat(DukeBaseline.deduplicate(List.of(a, b, c), 1))
                .extracting(DukePair::leftId, DukePair::rightId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "b"));
    }

    @Test
    void emptyOrFieldlessInputGivesNoPairs() {
        assertThat(DukeBaseline.deduplicate(List.of(), 1)).isEmpty();
        assertThat(DukeBaseline.deduplicate(List.of(ORLA), 1)).isEmpty();
        assertThat(DukeBaseline.link(List.of(), List.of(ORLA), true, 1)).isEmpty();
        DukeRecord blank = new DukeRecord("x", Map.of("given_name", " "));
        DukeRecord blankToo = new DukeRecord("y", Map.of("family_name", ""));
        assertThat(DukeBaseline.deduplicate(List.of(blank, blankToo), 1)).isEmpty();
    }

    @Test
    void rejectsUnknownFieldsDuplicateIdsAndNoThreads() {
        DukeRecord unknown = new DukeRecord("z", Map.of("surname", "Pennyfeather"));
        assertThatThrownBy(() -> DukeBaseline.deduplicate(List.of(ORLA, unknown), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surname");
        assertThatThrownBy(() -> DukeBaseline.deduplicate(List.of(ORLA, new DukeRecord("p-2", Map.of())), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DukeBaseline.link(List.of(ORLA), List.of(BRAM), true, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DukeRecord(" ", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
