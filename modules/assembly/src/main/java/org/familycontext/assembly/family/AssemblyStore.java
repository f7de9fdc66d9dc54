package org.familycontext.assembly.family;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.familycontext.adapters.SourceData.SourcePerson;
import org.familycontext.assembly.LinkageOutcome;
import org.familycontext.assembly.PersonSearch;
import org.familycontext.assembly.PersonSummary;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.CouncilScope;
import org.familycontext.kernel.Jdbc;

/** The assembly tables, in the council's own transactions (row-level security), as the application role. */
public final class AssemblyStore {

    private static final String PERSON_COLUMNS = "person_id, given_name, family_name, birth_date, records";

    private final Jdbc jdbc;
    private final CouncilScope scope;

    public AssemblyStore(DataSource application, CouncilScope scope) {
        this.jdbc = new Jdbc(application);
        this.scope = scope;
    }

    /** The previous run's person of every source person, with the digest of what was linked. */
    Map<SourcePerson, Linked> linked(CouncilId council) {
        Map<SourcePerson, Linked> linked = new HashMap<>();
        scope.call(council, () -> jdbc.query("SELECT source_id, person_ref, person_id, digest FROM assembly.person_record",
                row -> linked.put(new SourcePerson(row.getString(1), row.getString(2)), new Linked((UUID) row.getObject(3),
                        row.getString(4)))));
        return linked;
    }

    /** The model of the council's last full run, as stored. */
    Optional<String> lastModel(CouncilId council) {
        return scope.call(council, () -> jdbc.query("SELECT model FROM assembly.linkage_run WHERE status = 'DONE' AND model IS NOT "
                + "NULL ORDER BY started_at DESC LIMIT 1", row -> row.getString(1))).stream().findFirst();
    }

    /**
     * A source person as last linked.
     *
     * @param person its person
     * @param digest what the matcher compared, as a digest
     */
    record Linked(UUID person, String digest) {
    }

    UUID begin(CouncilId council, String mode, Instant now) {
        UUID run = UUID.randomUUID();
        scope.run(council, () -> jdbc.update("INSERT INTO assembly.linkage_run (id, council_id, started_at, status, mode) "
                + "VALUES (?, ?, ?, 'RUNNING', ?)", run, council.value(), now, mode));
        return run;
    }

    /**
     * Stores what a run assembled and records it as done, in one transaction. A full run replaces all
     * the council's people; an incremental one replaces the people of the source persons it re-linked
     * (and of those that are gone), and keeps the others. Addresses and relationships are always
     * rewritten whole (they are cheap, and a relationships load changes no person).
     *
     * @param replaced the source persons whose people are replaced (re-linked or gone); null for all
     * @param oldIds   the people those source persons belonged to
     */
    void store(CouncilId council, UUID run, Assembled assembled, List<SourcePerson> replaced, List<UUID> oldIds,
               LinkageOutcome outcome, String model, Instant now) {
        scope.run(council, () -> {
            jdbc.update("DELETE FROM assembly.person_relationship");
            jdbc.update("DELETE FROM assembly.person_address");
            if (replaced == null) {
                for (String table : List.of("record_link", "person_record", "person")) {
                    jdbc.update("DELETE FROM assembly." + table);
                }
            } else {
                String[] sources = replaced.stream().map(SourcePerson::source).toArray(String[]::new);
                String[] refs = replaced.stream().map(SourcePerson::personRef).toArray(String[]::new);
                jdbc.update("DELETE FROM assembly.record_link l USING unnest(?::text[], ?::text[]) AS p(source_id, person_ref) "
                        + "WHERE (l.source_a = p.source_id AND l.ref_a = p.person_ref) OR (l.source_b = p.source_id "
                        + "AND l.ref_b = p.person_ref)", sources, refs);
                jdbc.update("DELETE FROM assembly.person_record r USING unnest(?::text[], ?::text[]) AS p(source_id, person_ref) "
                        + "WHERE r.source_id = p.source_id AND r.person_ref = p.person_ref", sources, refs);
                jdbc.update("DELETE FROM assembly.person WHERE person_id = ANY(?::uuid[])",
                        (Object) oldIds.stream().map(UUID::toString).toArray(String[]::new));
            }
            insert(council, "person (council_id, " + PERSON_COLUMNS + ")", assembled.people());
            insert(council, "person_record (council_id, source_id, person_ref, person_id, digest)", assembled.records());
            insert(council, "record_link (council_id, source_a, ref_a, source_b, ref_b, probability, weight, decision, explanation)",
                    assembled.links());
            insert(council, "person_address (council_id, person_id, source_id, uprn, address_key, address, since, until, as_of)",
                    assembled.addresses());
            insert(council, "person_relationship (council_id, person_id, related_person_id, relationship, source_id)",
                    assembled.relationships());
            jdbc.update("UPDATE assembly.linkage_run SET status = 'DONE', finished_at = ?, records = ?, comparisons = ?, links = ?, "
                    + "possible = ?, people = ?, kept_ids = ?, model = ? WHERE id = ?", now, outcome.relinked(), outcome.comparisons(),
                    outcome.links(), outcome.possible(), outcome.people(), outcome.keptIds(), model, run);
        });
    }

    void failed(CouncilId council, UUID run, String failure, Instant now) {
        scope.run(council, () -> jdbc.update("UPDATE assembly.linkage_run SET status = 'FAILED', finished_at = ?, failure = ? "
                + "WHERE id = ?", now, failure, run));
    }

    private void insert(CouncilId council, String table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).length + 1;
        String sql = "INSERT INTO assembly." + table + " VALUES (" + "?, ".repeat(columns - 1) + "?)";
        List<Object[]> withCouncil = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] full = new Object[columns];
            full[0] = council.value();
            System.arraycopy(row, 0, full, 1, row.length);
            withCouncil.add(full);
        }
        for (int from = 0; from < withCouncil.size(); from += 5000) {
            jdbc.batch(sql, withCouncil.subList(from, Math.min(withCouncil.size(), from + 5000)));
        }
    }

    List<PersonSummary> search(CouncilId council, PersonSearch search) {
        String given = search.givenName() == null ? "" : search.givenName().strip().toLowerCase(java.util.Locale.ROOT);
        return scope.call(council, () -> jdbc.query("SELECT " + PERSON_COLUMNS + " FROM assembly.person WHERE lower(family_name) = "
                + "lower(?) AND (? = '' OR lower(given_name) LIKE ? || '%') AND (?::date IS NULL OR birth_date = ?::date) "
                + "AND (?::date IS NULL OR birth_date > ?::date) "
                + "ORDER BY family_name, given_name, birth_date, person_id LIMIT ?", AssemblyStore::summary,
                search.familyName().strip(), given, given, date(search.dateOfBirth()), date(search.dateOfBirth()),
                date(search.bornAfter()), date(search.bornAfter()), search.limit()));
    }

    Optional<PersonSummary> person(CouncilId council, UUID id) {
        return scope.call(council, () -> jdbc.query("SELECT " + PERSON_COLUMNS + " FROM assembly.person WHERE person_id = ?",
                AssemblyStore::summary, id)).stream().findFirst();
    }

    List<PersonSummary> people(CouncilId council, List<UUID> ids) {
        return scope.call(council, () -> jdbc.query("SELECT " + PERSON_COLUMNS + " FROM assembly.person WHERE person_id = ANY(?::uuid[])",
                AssemblyStore::summary, (Object) ids.stream().map(UUID::toString).toArray(String[]::new)));
    }

    Optional<UUID> personOf(CouncilId council, SourcePerson person) {
        return scope.call(council, () -> jdbc.query("SELECT person_id FROM assembly.person_record WHERE source_id = ? AND person_ref = ?",
                row -> (UUID) row.getObject(1), person.source(), person.personRef())).stream().findFirst();
    }

    List<SourcePerson> sourcePeople(CouncilId council, UUID person) {
        return scope.call(council, () -> jdbc.query("SELECT source_id, person_ref FROM assembly.person_record WHERE person_id = ? "
                + "ORDER BY source_id, person_ref", row -> new SourcePerson(row.getString(1), row.getString(2)), person));
    }

    Map<SourcePerson, UUID> personsOf(CouncilId council, List<SourcePerson> people) {
        Map<SourcePerson, UUID> found = new HashMap<>();
        if (people.isEmpty()) {
            return found;
        }
        String[] sources = people.stream().map(SourcePerson::source).toArray(String[]::new);
        String[] refs = people.stream().map(SourcePerson::personRef).toArray(String[]::new);
        scope.call(council, () -> jdbc.query("SELECT r.source_id, r.person_ref, r.person_id FROM assembly.person_record r "
                + "JOIN unnest(?::text[], ?::text[]) AS p(source_id, person_ref) ON p.source_id = r.source_id "
                + "AND p.person_ref = r.person_ref", row -> found.put(new SourcePerson(row.getString(1), row.getString(2)),
                (UUID) row.getObject(3)), sources, refs));
        return found;
    }

    /** Links (and possible matches) touching any of the person's source records. */
    List<StoredLink> links(CouncilId council, List<SourcePerson> records) {
        String[] sources = records.stream().map(SourcePerson::source).toArray(String[]::new);
        String[] refs = records.stream().map(SourcePerson::personRef).toArray(String[]::new);
        return scope.call(council, () -> jdbc.query("SELECT DISTINCT l.source_a, l.ref_a, l.source_b, l.ref_b, l.probability, "
                + "l.decision, l.explanation FROM assembly.record_link l JOIN unnest(?::text[], ?::text[]) AS p(source_id, person_ref) "
                + "ON (l.source_a = p.source_id AND l.ref_a = p.person_ref) OR (l.source_b = p.source_id AND l.ref_b = p.person_ref) "
                + "ORDER BY l.probability DESC", row -> new StoredLink(new SourcePerson(row.getString(1), row.getString(2)),
                new SourcePerson(row.getString(3), row.getString(4)), row.getDouble(5), row.getString(6), row.getString(7)),
                sources, refs));
    }

    /** People who lived at one of the person's addresses (same UPRN, or same postcode and address), with the address rows. */
    List<SharedAddress> householdOf(CouncilId council, UUID person) {
        return scope.call(council, () -> jdbc.query("SELECT DISTINCT o.person_id, o.source_id, o.address, o.since, o.until "
                + "FROM assembly.person_address mine JOIN assembly.person_address o ON o.person_id <> mine.person_id "
                + "AND ((mine.uprn IS NOT NULL AND o.uprn = mine.uprn) OR (mine.address_key IS NOT NULL "
                + "AND o.address_key = mine.address_key)) WHERE mine.person_id = ? ORDER BY o.person_id, o.source_id",
                row -> new SharedAddress((UUID) row.getObject(1), row.getString(2), row.getString(3), localDate(row, 4),
                        localDate(row, 5)), person));
    }

    /**
     * Relationships case systems record between the person and others: recorded for the person
     * (the other is their relationship), or recorded for the other person (reversed).
     */
    List<StoredRelationship> relationshipsOf(CouncilId council, UUID person) {
        return scope.call(council, () -> jdbc.query("SELECT related_person_id, relationship, source_id, false FROM "
                + "assembly.person_relationship WHERE person_id = ? UNION SELECT person_id, relationship, source_id, true FROM "
                + "assembly.person_relationship WHERE related_person_id = ? ORDER BY 1, 2",
                row -> new StoredRelationship((UUID) row.getObject(1), row.getString(2), row.getString(3), row.getBoolean(4)),
                person, person));
    }

    record StoredLink(SourcePerson a, SourcePerson b, double probability, String decision, String explanation) {
    }

    record SharedAddress(UUID person, String source, String address, LocalDate since, LocalDate until) {
    }

    record StoredRelationship(UUID related, String relationship, String source, boolean reversed) {
    }

    private static PersonSummary summary(ResultSet row) throws SQLException {
        return new PersonSummary((UUID) row.getObject(1), row.getString(2), row.getString(3), localDate(row, 4), row.getInt(5));
    }

    private static LocalDate localDate(ResultSet row, int column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
