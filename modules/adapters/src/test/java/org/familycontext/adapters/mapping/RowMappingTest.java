package org.familycontext.adapters.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.familycontext.adapters.CanonicalField;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.ExtractRow;
import org.familycontext.adapters.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowMappingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final List<String> HEADER = Arrays.asList(Sources.PEOPLE_HEADER.split(","));

    private final RowMapping mapping = RowMapping.fit(Sources.people("x.csv"), HEADER);

    @Test
    void mapsColumnsDatesCodesAndIdentifiersOntoCanonicalFields() {
        FieldValues values = accepted("P1", "Amy", "Smith", "29/02/2016", "F", "943 476 5870", "sk4 2ab", "A950000178301", "CIN");

        assertThat(values.text(CanonicalField.RECORD_ID)).contains("P1");
        assertThat(values.date(CanonicalField.DATE_OF_BIRTH)).contains(LocalDate.of(2016, 2, 29));
        assertThat(values.text(CanonicalField.GENDER)).contains("female");
        assertThat(values.text(CanonicalField.NHS_NUMBER)).contains("9434765870");
        assertThat(values.text(CanonicalField.POSTCODE)).contains("SK4 2AB");
        assertThat(values.text(CanonicalField.UPN)).contains("A950000178301");
        assertThat(values.text(CanonicalField.TYPE)).contains("child-in-need");
        assertThat(values.invalid()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "DOB, 31/02/2016, dateOfBirth",
        "DOB, 2016-01-01, dateOfBirth",
        "DOB, 01/01/2030, dateOfBirth",
        "NHS, 9434765871, nhsNumber",
        "UPN, R247962919251, upn",
        "POSTCODE, SK4, postcode",
        "GENDER, X, gender"
    })
    void leavesOutInvalidValuesAndSaysWhyWithoutRejectingTheRow(String column, String value, String field) {
        String[] row = {"P1", "Amy", "Smith", "01/01/2016", "F", "9434765870", "SK4 2AB", "A950000178301", "CIN"};
        row[HEADER.indexOf(column)] = value;

        FieldValues values = accepted(row);

        CanonicalField canonical = CanonicalField.fromConfigName(field).orElseThrow();
        assertThat(values.text(canonical)).isEmpty();
        assertThat(values.date(canonical)).isEmpty();
        assertThat(values.invalid()).containsOnlyKeys(canonical);
        assertThat(values.given(canonical)).isTrue();
    }

    @Test
    void rejectsRowsThatCannotBeUsed() {
        assertThat(rejection("", "Amy", "Smith", "", "", "", "", "", "")).isEqualTo("recordId: the row has no record id");
        assertThat(rejection("P1", " ", "", "", "", "", "", "", "")).isEqualTo("familyName: the row has no name");
        assertThat(mapping.map(new ExtractRow(1, new String[] {"P1", "Amy"}), TODAY).rejection().orElseThrow().reason())
                .isEqualTo("the row has 2 values; the header has 9");
        assertThat(rejection("P1", "A".repeat(RowMapping.MAX_VALUE_LENGTH + 1), "Smith", "", "", "", "", "", ""))
                .isEqualTo("givenName: the value is 2001 characters long");
    }

    @Test
    void relationshipRowsNeedTheRelatedRecordAndAKnownRelationship() {
        RowMapping relationships = RowMapping.fit(Sources.relationships("r.csv"), List.of("ID", "RELATED_ID", "RELATIONSHIP"));

        assertThat(relationships.map(new ExtractRow(1, new String[] {"P1", "P2", "PARENT"}), TODAY).values()).isPresent();
        assertThat(relationships.map(new ExtractRow(2, new String[] {"P1", "", "PARENT"}), TODAY).rejection().orElseThrow()
                .field()).contains(CanonicalField.RELATED_RECORD_ID);
        assertThat(relationships.map(new ExtractRow(3, new String[] {"P1", "P2", "AUNT"}), TODAY).rejection().orElseThrow()
                .reason()).contains("\"AUNT\" is not one of the source's codes for relationship");
    }

    @Test
    void refusesAnExtractThatLacksMappedColumnsNamingThem() {
        assertThatThrownBy(() -> RowMapping.fit(Sources.people("x.csv"), List.of("ID", "FORENAME", "SURNAME")))
                .isInstanceOf(ExtractRefused.class)
                .hasMessageContaining("lacks the column(s)").hasMessageContaining("DOB").hasMessageContaining("NHS")
                .hasMessageContaining("it has ID, FORENAME, SURNAME");
    }

    @Test
    void keepsHostileTextAsItIs() {
        FieldValues values = accepted("P1", "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "", "", "", "", "",
                "");
        FieldValues quoted = accepted("P2", "Robert'); DROP TABLE source_record;--", "O'Brien", "", "", "", "", "", "");

        assertThat(values.text(CanonicalField.GIVEN_NAME)).contains("=cmd|' /C calc'!A0");
        assertThat(values.text(CanonicalField.FAMILY_NAME)).contains("<script>alert(1)</script>");
        assertThat(quoted.text(CanonicalField.GIVEN_NAME)).contains("Robert'); DROP TABLE source_record;--");
    }

    private FieldValues accepted(String... row) {
        MappingOutcome outcome = mapping.map(new ExtractRow(1, row), TODAY);
        assertThat(outcome.rejection()).isEmpty();
        return outcome.values().orElseThrow();
    }

    private String rejection(String... row) {
        MappingOutcome.Rejection rejection = mapping.map(new ExtractRow(1, row), TODAY).rejection().orElseThrow();
        return rejection.field().map(f -> f.configName() + ": ").orElse("") + rejection.reason();
    }
}
