package org.familycontext.synthetic.extract;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.synthetic.region.Family;
import org.familycontext.synthetic.region.Household;
import org.familycontext.synthetic.region.Person;
import org.familycontext.synthetic.region.Relation;
import org.familycontext.synthetic.sources.RecordedError;

/**
 * The truth/ folder: who everyone really is, how they are related, where they lived when, which
 * person and household every extract row is about, and (beyond the design note) every error
 * put into a row. Dates are ISO; line ends LF.
 */
final class TruthFiles implements Closeable {

    private final CsvFile people;
    private final CsvFile relationships;
    private final CsvFile households;
    private final CsvFile records;
    private final CsvFile errors;
    private final List<String> councilIds;

    TruthFiles(Path dir, List<String> councilIds) throws IOException {
        Files.createDirectories(dir);
        this.councilIds = List.copyOf(councilIds);
        people = CsvFile.create(dir.resolve("people.csv"), "\n", List.of("person_id", "given_name", "family_name",
                "date_of_birth", "gender", "nhs_number", "upn", "household_id", "family_id"));
        relationships = CsvFile.create(dir.resolve("relationships.csv"), "\n",
                List.of("person_id", "related_person_id", "relationship"));
        households = CsvFile.create(dir.resolve("households.csv"), "\n",
                List.of("household_id", "family_id", "council", "uprn", "postcode", "from", "to"));
        records = CsvFile.create(dir.resolve("records.csv"), "\n",
                List.of("council", "file", "row_number", "record_id", "person_id", "household_id"));
        errors = CsvFile.create(dir.resolve("errors.csv"), "\n", List.of("council", "file", "row_number",
                "record_id", "person_id", "field", "error", "true_value", "written_value"));
    }

    /** The family's people, relationships and households. */
    void family(Family family) throws IOException {
        for (Person p : family.members()) {
            people.write(p.id(), p.givenName(), p.familyName(), CellText.iso(p.dateOfBirth()), p.gender().word(),
                    orEmpty(p.nhsNumber()), orEmpty(p.upn()), p.currentHousehold().id(), family.id());
        }
        for (Relation r : family.relations()) {
            relationships.write(r.person().id(), r.related().id(), r.kinship().name());
        }
        for (Household h : family.households()) {
            households.write(h.id(), family.id(), councilIds.get(h.dwelling().councilIndex()), h.dwelling().uprn(),
                    h.dwelling().postcode(), CellText.iso(h.from()), CellText.iso(h.to()));
        }
    }

    void record(String council, String file, long row, String recordId, String personId, String householdId)
            throws IOException {
        records.write(council, file, Long.toString(row), recordId, personId, householdId);
    }

    void error(String council, String file, long row, String recordId, String personId, RecordedError error)
            throws IOException {
        errors.write(council, file, Long.toString(row), recordId, personId, error.field().canonicalName(),
                error.error().name(), error.truth(), error.written());
    }

    /** Data rows written per truth file. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CsvFile f : List.of(people, relationships, households, records, errors)) {
            counts.put(f.path().getFileName().toString(), f.rows());
        }
        return counts;
    }

    List<Path> paths() {
        return List.of(people.path(), relationships.path(), households.path(), records.path(), errors.path());
    }

    @Override
    public void close() throws IOException {
        for (CsvFile f : List.of(people, relationships, households, records, errors)) {
            f.close();
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
