package org.familycontext.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case-system relationships link existing person records and say what the truth says. */
class RelationshipsTest {

    @TempDir
    static Path root;
    static SampleRegion region;
    static Map<String, String> truth = new HashMap<>();

    @BeforeAll
    static void generate() {
        region = SampleRegion.generate(root, 3000, 13);
        region.truth("relationships.csv").maps().forEach(r -> truth.put(r.get("person_id") + ">"
                + r.get("related_person_id"), r.get("relationship")));
    }

    @Test
    void relationshipRowsReferenceThePersonRecordsOfTheSameCouncil() {
        for (String council : SampleRegion.COUNCILS) {
            Set<String> ids = new HashSet<>();
            region.extract(council, 0).rows.forEach(row -> ids.add(row.get(0)));
            List<List<String>> relationships = region.extract(council, 1).rows;
            assertThat(relationships).isNotEmpty().allSatisfy(row -> {
                assertThat(ids).contains(row.get(0), row.get(1));
                assertThat(row.get(0)).isNotEqualTo(row.get(1));
            });
        }
    }

    @Test
    void relationshipsAgreeWithTheTruth() {
        for (String council : SampleRegion.COUNCILS) {
            Map<String, String> personOfRecord = new HashMap<>();
            String peopleFile = SampleRegion.FILES.get(council).get(0);
            for (Map<String, String> r : region.truth("records.csv").maps()) {
                if (r.get("council").equals(council) && r.get("file").equals(peopleFile)) {
                    personOfRecord.put(r.get("record_id"), r.get("person_id"));
                }
            }
            for (List<String> row : region.extract(council, 1).rows) {
                String pair = personOfRecord.get(row.get(0)) + ">" + personOfRecord.get(row.get(1));
                assertThat(canonical(row.get(2))).as(council + " " + row).isEqualTo(truth.get(pair));
            }
        }
    }

    @Test
    void childrenAreLinkedToParentsSiblingsAndOthers() {
        Set<String> kinds = new HashSet<>();
        for (String council : SampleRegion.COUNCILS) {
            region.extract(council, 1).rows.forEach(row -> kinds.add(canonical(row.get(2))));
        }
        assertThat(kinds).contains("PARENT", "CHILD", "SIBLING", "HOUSEHOLD_MEMBER", "GRANDPARENT", "GRANDCHILD");
    }

    /** PARENT, parent and Parent are the same; HouseholdMember and household member are HOUSEHOLD_MEMBER. */
    private static String canonical(String code) {
        return code.replaceAll("([a-z])([A-Z])", "$1_$2").replace(' ', '_').toUpperCase(Locale.ROOT);
    }
}
