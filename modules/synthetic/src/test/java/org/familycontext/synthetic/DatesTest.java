package org.familycontext.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every date parses strictly with its style's format, none is after the extract date, ends follow starts. */
class DatesTest {

    private static final Set<String> DATE_COLUMNS = Set.of(
            "DOB", "EPISODE_START", "EPISODE_END", "ON_ROLL_FROM", "ON_ROLL_TO", "INVOLVEMENT_START", "LAST_CONTACT",
            "INVOLVEMENT_END", "TENANCY_START", "TENANCY_END", "OFFENCE_DATE",
            "date_of_birth", "episode_start", "episode_end", "start_date", "end_date", "last_contact_date",
            "tenancy_start", "tenancy_end", "offence_date",
            "BirthDate", "EpisodeStart", "EpisodeEnd", "OnRollFrom", "OnRollTo", "StartDate", "LastContactDate",
            "EndDate", "TenancyStart", "TenancyEnd", "OffenceDate");

    @TempDir
    static Path root;
    static SampleRegion region;

    @BeforeAll
    static void generate() {
        region = SampleRegion.generate(root, 2000, 9);
    }

    @Test
    void everyDateParsesWithTheStylesFormatAndIsNotInTheFuture() {
        int dates = 0;
        for (String council : SampleRegion.COUNCILS) {
            DateTimeFormatter format = SampleRegion.dateFormat(council);
            for (int kind : new int[] {0, 2, 3, 4, 5}) {
                CsvText csv = region.extract(council, kind);
                int[] columns = dateColumns(csv);
                assertThat(columns).as(council + " " + kind).isNotEmpty();
                for (List<String> row : csv.rows) {
                    for (int column : columns) {
                        String text = row.get(column);
                        if (!text.isEmpty()) {
                            assertThat(LocalDate.parse(text, format)).as(text).isBeforeOrEqualTo(SampleRegion.AS_OF);
                            dates++;
                        }
                    }
                }
            }
        }
        assertThat(dates).isGreaterThan(5000);
    }

    @Test
    void endsAreNotBeforeStartsAndLastContactsAreInBetween() {
        for (String council : SampleRegion.COUNCILS) {
            DateTimeFormatter format = SampleRegion.dateFormat(council);
            for (int kind : new int[] {0, 2, 3, 4}) {
                CsvText csv = region.extract(council, kind);
                int[] columns = dateColumns(csv);
                for (List<String> row : csv.rows) {
                    LocalDate start = parse(row.get(columns[1]), format);
                    for (int i = 2; i < columns.length; i++) {
                        LocalDate later = parse(row.get(columns[i]), format);
                        if (start != null && later != null) {
                            assertThat(later).as(council + " " + row).isAfterOrEqualTo(start);
                        }
                    }
                }
            }
        }
    }

    @Test
    void truthDatesAreIso() {
        for (Map<String, String> p : region.truth("people.csv").maps()) {
            assertThat(LocalDate.parse(p.get("date_of_birth"))).isBeforeOrEqualTo(SampleRegion.AS_OF);
        }
    }

    private static LocalDate parse(String text, DateTimeFormatter format) {
        return text.isEmpty() ? null : LocalDate.parse(text, format);
    }

    /** The date columns of a file in header order: date of birth first, then start, ..., end. */
    private static int[] dateColumns(CsvText csv) {
        return IntStream.range(0, csv.header.size()).filter(i -> DATE_COLUMNS.contains(csv.header.get(i))).toArray();
    }
}
