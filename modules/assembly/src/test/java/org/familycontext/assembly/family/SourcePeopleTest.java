package org.familycontext.assembly.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.familycontext.adapters.CurrentRecord;
import org.familycontext.matching.PersonRecord;
import org.junit.jupiter.api.Test;

class SourcePeopleTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static CurrentRecord row(String source, String dataset, String ref, LocalDate start, LocalDate end, String uprn) {
        CurrentRecord.Involvement involvement = new CurrentRecord.Involvement("tenancy", start, end, null, "Millbrook Housing Trust",
                null, null, null, null, null, Map.of());
        return new CurrentRecord(source, dataset, ref + "-row", ref, "Ann", "Ng", LocalDate.of(1990, 2, 3), "female", null, null,
                "4 Mill Lane, Stockport", "SK1 3XE", uprn, involvement, AS_OF);
    }

    @Test
    void aHousingRecordsTenancySaysWhenItsTenantLivedAtTheAddressOtherInvolvementsDoNot() {
        LocalDate start = LocalDate.of(2016, 9, 5);
        LocalDate end = LocalDate.of(2021, 3, 31);
        SourcePeople people = new SourcePeople(List.of(
                row("housing", "housing", "T1", start, end, "100"),
                row("housing", "housing", "T2", start, null, "100"),
                row("housing", "housing", "T3", null, null, "100"),
                row("csc-people", "childrens-social-care", "P1", start, end, "100")));
        List<PersonRecord> records = people.records;
        assertThat(records.get(0).livedFrom()).isEqualTo(start);
        assertThat(records.get(0).livedTo()).isEqualTo(end);
        assertThat(records.get(1).livedFrom()).isEqualTo(start);
        assertThat(records.get(1).livedTo()).as("still the tenant").isNull();
        assertThat(records.get(2).livedFrom()).as("no start, no period").isNull();
        assertThat(records.get(3).livedFrom()).as("a social care episode is not a time at an address").isNull();
    }

    @Test
    void aTenancyEndedOrAnotherUprnIsAChangeToRelink() {
        LocalDate start = LocalDate.of(2016, 9, 5);
        PersonRecord open = new SourcePeople(List.of(row("housing", "housing", "T1", start, null, "100"))).records.get(0);
        PersonRecord ended = new SourcePeople(List.of(row("housing", "housing", "T1", start, LocalDate.of(2025, 1, 31), "100")))
                .records.get(0);
        PersonRecord moved = new SourcePeople(List.of(row("housing", "housing", "T1", start, null, "200"))).records.get(0);
        assertThat(Changes.digest(ended)).isNotEqualTo(Changes.digest(open));
        assertThat(Changes.digest(moved)).isNotEqualTo(Changes.digest(open));
        assertThat(Changes.digest(new SourcePeople(List.of(row("housing", "housing", "T1", start, null, "100"))).records.get(0)))
                .isEqualTo(Changes.digest(open));
    }
}
