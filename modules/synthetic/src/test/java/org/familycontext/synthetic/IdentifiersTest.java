package org.familycontext.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.kernel.NhsNumber;
import org.familycontext.kernel.Postcode;
import org.familycontext.kernel.Upn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NHS numbers and UPNs are empty, valid, or (rarely, and always recorded) deliberately invalid. */
class IdentifiersTest {

    @TempDir
    static Path root;
    static SampleRegion region;
    static Map<String, String> errorByRow = new HashMap<>();

    @BeforeAll
    static void generate() {
        region = SampleRegion.generate(root, 4000, 5);
        region.truth("errors.csv").maps().forEach(e -> errorByRow.put(e.get("council") + "/" + e.get("file") + "/"
                + e.get("row_number") + "/" + e.get("field"), e.get("error")));
    }

    @Test
    void nhsNumbersAreEmptyValidOrRecordedAsInvalidAtASmallRate() {
        int values = 0;
        int invalid = 0;
        for (String council : SampleRegion.COUNCILS) {
            for (int kind : new int[] {0, 3}) {
                String file = SampleRegion.FILES.get(council).get(kind);
                List<List<String>> rows = region.extract(council, kind).rows;
                for (int i = 0; i < rows.size(); i++) {
                    String nhs = rows.get(i).get(5);
                    if (!nhs.isEmpty() && !NhsNumber.isValid(nhs)) {
                        assertThat(nhs).matches("\\d{10}");
                        assertThat(errorByRow.get(council + "/" + file + "/" + (i + 1) + "/nhs_number"))
                                .isEqualTo("INVALID_NHS_NUMBER");
                        invalid++;
                    }
                    values += nhs.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(values).isGreaterThan(1000);
        assertThat((double) invalid / values).isLessThan(0.02);
    }

    @Test
    void upnsAreValidOrRecordedAsInvalidAtASmallRate() {
        int values = 0;
        int invalid = 0;
        for (String council : SampleRegion.COUNCILS) {
            String file = SampleRegion.FILES.get(council).get(2);
            List<List<String>> rows = region.extract(council, 2).rows;
            for (int i = 0; i < rows.size(); i++) {
                String upn = rows.get(i).get(0);
                assertThat(upn).matches("[A-Z]\\d{11}[0-9A-Z]");
                if (!Upn.isValid(upn)) {
                    assertThat(errorByRow.get(council + "/" + file + "/" + (i + 1) + "/upn")).isEqualTo("INVALID_UPN");
                    invalid++;
                }
                values++;
            }
        }
        assertThat(values).isGreaterThan(1000);
        assertThat((double) invalid / values).isLessThan(0.02);
    }

    @Test
    void postcodesAreValidAndInTheCouncilsDistrictsUnlessThePersonLivesElsewhere() {
        Map<String, String> area = Map.of("stockport", "SK[1-8]", "leeds", "LS([1-9]|1\\d|2\\d)", "manchester",
                "M([1-9]|[1-3]\\d|40)");
        int inArea = 0;
        int rows = 0;
        for (String council : SampleRegion.COUNCILS) {
            CsvText csv = region.extract(council, 0);
            for (List<String> row : csv.rows) {
                Postcode postcode = Postcode.parse(row.get(7)).orElseThrow();
                assertThat(postcode.value()).isEqualTo(row.get(7));
                inArea += postcode.outward().matches(area.get(council)) ? 1 : 0;
                rows++;
            }
        }
        assertThat((double) inArea / rows).isGreaterThan(0.95);
    }

    @Test
    void uprnsAreTwelveDigits() {
        for (String council : SampleRegion.COUNCILS) {
            assertThat(region.extract(council, 4).rows).allSatisfy(row -> assertThat(row.get(6)).matches("\\d{12}"));
        }
    }
}
