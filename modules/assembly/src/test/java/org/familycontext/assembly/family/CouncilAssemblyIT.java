package org.familycontext.assembly.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.familycontext.adapters.current.CurrentSourceData;
import org.familycontext.adapters.testing.LoadDatabase;
import org.familycontext.assembly.FamilyView;
import org.familycontext.assembly.LinkageOutcome;
import org.familycontext.assembly.PersonSearch;
import org.familycontext.assembly.PersonSummary;
import org.familycontext.matching.LinkSettings;
import org.familycontext.matching.MatchModel;
import org.familycontext.matching.PersonRecord;
import org.familycontext.matching.TestPopulation;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.StandaloneCouncilScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Family assembly against PostgreSQL: a council's current source rows (children's social care
 * with its relationships, and housing) linked into people, stored under row-level security, and
 * queried as a family view; ids stay stable across re-links; another council sees nothing.
 */
class CouncilAssemblyIT {

    private static final CouncilId STOCKPORT = new CouncilId("stockport");
    private static final CouncilId LEEDS = new CouncilId("leeds");

    private LoadDatabase database;
    private FamilyQuery families;
    private CouncilAssembly assembly;
    private TestPopulation population;

    @BeforeEach
    void councilWithSources() throws SQLException {
        database = LoadDatabase.fresh("fc_test_assembly", "adapters", "assembly");
        StandaloneCouncilScope scope = new StandaloneCouncilScope(database.application());
        CurrentSourceData sources = new CurrentSourceData(scope.dataSource(), scope);
        AssemblyStore store = new AssemblyStore(scope.dataSource(), scope);
        assembly = new CouncilAssembly(sources, store, LinkSettings.defaults().withThreads(2), Clock.systemUTC());
        families = new FamilyQuery(store, sources, assembly, Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"),
                java.time.ZoneOffset.UTC));
        population = new TestPopulation(21, 400);
        try (Connection admin = database.admin()) {
            UUID csc = load(admin, STOCKPORT, "csc-people", "childrens-social-care", "PEOPLE");
            UUID housing = load(admin, STOCKPORT, "housing", "housing", "PEOPLE");
            UUID relationships = load(admin, STOCKPORT, "csc-relationships", "childrens-social-care", "RELATIONSHIPS");
            Map<Integer, String> firstOfHousehold = new HashMap<>();
            int row = 0;
            for (int i = 0; i < population.records.size(); i++) {
                PersonRecord r = population.records.get(i);
                boolean second = r.id().endsWith("-b");
                record(admin, second ? housing : csc, STOCKPORT, second ? "housing" : "csc-people", ++row, r,
                        second ? "tenancy" : "child in need", second ? "Millbrook Housing" : "Children's Services",
                        second ? "Bilal Akhtar" : "Rebecca Jones");
                if (!second) {
                    String first = firstOfHousehold.putIfAbsent(population.household.get(i), r.id());
                    if (first != null) {
                        relationship(admin, relationships, row, first, r.id(), "sibling");
                    }
                }
            }
            UUID leeds = load(admin, LEEDS, "csc-people", "childrens-social-care", "PEOPLE");
            record(admin, leeds, LEEDS, "csc-people", 1, population.records.get(0), "child in need", "Leeds CSC", "Ann Other");
        }
    }

    @Test
    void linksTheSourcesIntoPeopleAndShowsAFamilyWithEveryServiceAndWhomToCall() {
        LinkageOutcome outcome = families.relink(STOCKPORT);
        long truePeople = population.truth.stream().distinct().count();
        assertThat(outcome.records()).isEqualTo(population.records.size());
        assertThat(outcome.people()).isBetween((int) (truePeople * 0.98), (int) (truePeople * 1.02));
        assertThat(outcome.keptIds()).isZero();

        int twice = twiceRecorded();
        PersonRecord record = population.records.get(twice);
        PersonSummary person = families.bySourceRecord(STOCKPORT, "csc-people", record.id()).orElseThrow();
        assertThat(families.bySourceRecord(STOCKPORT, "housing", population.records.get(twice + 1).id())).contains(person);
        FamilyView view = families.family(STOCKPORT, person.id()).orElseThrow();

        FamilyView.Member self = view.members().get(0);
        assertThat(self.person()).isEqualTo(person);
        assertThat(self.involvements()).extracting(FamilyView.Involvement::dataset).contains("childrens-social-care", "housing");
        assertThat(self.involvements()).allSatisfy(i -> assertThat(i.practitioner()).containsKeys("name", "phone"));
        assertThat(view.sameRecords()).isNotEmpty().allSatisfy(link -> {
            assertThat(link.decision()).isEqualTo("LINK");
            assertThat(link.fields()).extracting(f -> f.get("field")).contains("given_name", "family_name");
        });
    }

    @Test
    void householdsAndRecordedRelationshipsMakeTheFamily() {
        families.relink(STOCKPORT);
        int member = firstWithSiblings();
        PersonSummary person = families.bySourceRecord(STOCKPORT, "csc-people", population.records.get(member).id()).orElseThrow();
        FamilyView view = families.family(STOCKPORT, person.id()).orElseThrow();
        assertThat(view.members()).hasSizeGreaterThan(1);
        assertThat(view.members().subList(1, view.members().size())).allSatisfy(m -> assertThat(m.connections()).isNotEmpty());
        assertThat(view.members()).flatExtracting(FamilyView.Member::connections).extracting(FamilyView.Connection::kind)
                .contains("RELATIONSHIP", "HOUSEHOLD");
        assertThat(view.members()).flatExtracting(FamilyView.Member::connections)
                .filteredOn(c -> c.kind().equals("HOUSEHOLD")).allSatisfy(c -> assertThat(c.address()).isNotBlank());
    }

    @Test
    void personIdsStayTheSameAcrossRelinksAndNewRecords() throws SQLException {
        LinkageOutcome first = families.relink(STOCKPORT);
        PersonRecord r = population.records.get(0);
        UUID before = families.bySourceRecord(STOCKPORT, "csc-people", r.id()).orElseThrow().id();
        LinkageOutcome again = families.relink(STOCKPORT);
        assertThat(again.keptIds()).isEqualTo(first.people());
        try (Connection admin = database.admin()) {
            UUID police = load(admin, STOCKPORT, "police", "police", "PEOPLE");
            record(admin, police, STOCKPORT, "police", 1, new PersonRecord("N1", 0, r.givenName(), r.familyName(), r.dateOfBirth(),
                    null, r.address(), r.postcode(), null, r.nhsNumber(), null, null, null, null), "victim", "GMP", "PC Davies");
        }
        families.relink(STOCKPORT);
        assertThat(families.bySourceRecord(STOCKPORT, "csc-people", r.id()).orElseThrow().id()).isEqualTo(before);
        assertThat(families.bySourceRecord(STOCKPORT, "police", "N1").orElseThrow().id()).isEqualTo(before);
    }

    @Test
    void afterALoadOnlyTheRecordsAroundTheChangedOnesAreRelinked() throws SQLException {
        LinkageOutcome full = assembly.relink(STOCKPORT);
        assertThat(full.mode()).as("no model yet").isEqualTo("FULL");
        PersonRecord r = population.records.get(0);
        UUID person = families.bySourceRecord(STOCKPORT, "csc-people", r.id()).orElseThrow().id();
        PersonSummary other = families.bySourceRecord(STOCKPORT, "csc-people", population.records.get(200).id()).orElseThrow();

        LinkageOutcome unchanged = assembly.relink(STOCKPORT);
        assertThat(unchanged.mode()).isEqualTo("INCREMENTAL");
        assertThat(unchanged.relinked()).as("nothing changed").isZero();

        try (Connection admin = database.admin()) {
            UUID police = load(admin, STOCKPORT, "police", "police", "PEOPLE");
            record(admin, police, STOCKPORT, "police", 1, new PersonRecord("N1", 0, r.givenName(), r.familyName(), r.dateOfBirth(),
                    null, r.address(), r.postcode(), null, r.nhsNumber(), null, null, null, null), "victim", "GMP", "PC Davies");
        }
        LinkageOutcome incremental = assembly.relink(STOCKPORT);
        assertThat(incremental.mode()).isEqualTo("INCREMENTAL");
        assertThat(incremental.relinked()).isPositive().isLessThan(incremental.records() / 10);
        assertThat(incremental.records()).isEqualTo(full.records() + 1);
        assertThat(families.bySourceRecord(STOCKPORT, "police", "N1").orElseThrow().id()).isEqualTo(person);
        assertThat(families.bySourceRecord(STOCKPORT, "csc-people", r.id()).orElseThrow().id()).isEqualTo(person);
        assertThat(families.bySourceRecord(STOCKPORT, "csc-people", population.records.get(200).id())).contains(other);
        assertThat(families.family(STOCKPORT, person).orElseThrow().members().get(0).involvements())
                .extracting(FamilyView.Involvement::dataset).contains("police");

        try (Connection admin = database.admin(); java.sql.Statement sql = admin.createStatement()) {
            sql.execute("DELETE FROM adapters.current_load WHERE source_id = 'police'");
        }
        LinkageOutcome gone = assembly.relink(STOCKPORT);
        assertThat(gone.mode()).isEqualTo("INCREMENTAL");
        assertThat(families.bySourceRecord(STOCKPORT, "police", "N1")).isEmpty();
        assertThat(families.bySourceRecord(STOCKPORT, "csc-people", r.id()).orElseThrow().id()).isEqualTo(person);
    }

    @Test
    void searchFindsPeopleByNameAndDateOfBirth() {
        families.relink(STOCKPORT);
        PersonRecord r = population.records.get(0);
        LocalDate born = LocalDate.of(r.dateOfBirth().year(), r.dateOfBirth().month(), r.dateOfBirth().day());
        List<PersonSummary> found = families.search(STOCKPORT, new PersonSearch(r.familyName().toUpperCase(),
                r.givenName().substring(0, 2), born, 20));
        assertThat(found).extracting(PersonSummary::id)
                .contains(families.bySourceRecord(STOCKPORT, "csc-people", r.id()).orElseThrow().id());
        assertThat(found).allSatisfy(p -> assertThat(p.dateOfBirth()).isEqualTo(born));
    }

    @Test
    void aStoredModelThatCannotBeReadMakesTheNextRelinkFull() throws SQLException {
        assertThat(assembly.relink(STOCKPORT).mode()).isEqualTo("FULL");
        assertThat(assembly.relink(STOCKPORT).mode()).isEqualTo("INCREMENTAL");
        try (Connection admin = database.admin(); java.sql.Statement sql = admin.createStatement()) {
            sql.execute("UPDATE assembly.linkage_run SET model = (model::jsonb - 'comparisons')::text WHERE model IS NOT NULL");
        }
        assertThat(assembly.relink(STOCKPORT).mode()).as("a model estimated under earlier comparison rules").isEqualTo("FULL");
        assertThat(assembly.relink(STOCKPORT).mode()).isEqualTo("INCREMENTAL");
        try (Connection admin = database.admin(); java.sql.Statement sql = admin.createStatement()) {
            sql.execute("UPDATE assembly.linkage_run SET model = (model::jsonb - 'household')::text WHERE model IS NOT NULL");
        }
        assertThat(assembly.relink(STOCKPORT).mode()).as("a model stored without its household part").isEqualTo("FULL");
        assertThat(assembly.relink(STOCKPORT).mode()).isEqualTo("INCREMENTAL");
        try (Connection admin = database.admin(); java.sql.Statement sql = admin.createStatement()) {
            sql.execute("UPDATE assembly.linkage_run SET model = (model::jsonb #- '{fields,postcode}')::text WHERE model IS NOT NULL");
        }
        assertThat(assembly.relink(STOCKPORT).mode()).as("a model that does not compare a field the sources hold (a new source's)")
                .isEqualTo("FULL");
        try (Connection admin = database.admin(); java.sql.Statement sql = admin.createStatement()) {
            // the person's fields more often differ than agree among the model's matches: it found nobody in common
            sql.execute("UPDATE assembly.linkage_run SET model = jsonb_set(jsonb_set(jsonb_set(model::jsonb, "
                    + "'{fields,given_name,m}', '[0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.92]'), "
                    + "'{fields,family_name,m}', '[0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.93]'), "
                    + "'{fields,date_of_birth,m}', '[0.01, 0.01, 0.01, 0.01, 0.01, 0.95]')::text WHERE model IS NOT NULL");
            java.sql.ResultSet stored = sql.executeQuery("SELECT model FROM assembly.linkage_run "
                    + "WHERE status = 'DONE' AND model IS NOT NULL ORDER BY started_at DESC LIMIT 1");
            stored.next();
            MatchModel edited = MatchModel.fromValues(tools.jackson.databind.json.JsonMapper.builder().build()
                    .readValue(stored.getString(1), Map.class));
            assertThat(edited.findsMatches()).as("the edited model can be read, and found no matches").isFalse();
        }
        assertThat(assembly.relink(STOCKPORT).mode()).as("a model that found no matches").isEqualTo("FULL");
        assertThat(assembly.relink(STOCKPORT).mode()).isEqualTo("INCREMENTAL");
        try (Connection admin = database.admin(); java.sql.Statement sql = admin.createStatement()) {
            sql.execute("UPDATE assembly.linkage_run SET model = '{\"prior\": 0.1, \"fiel' WHERE model IS NOT NULL");
        }
        assertThat(assembly.relink(STOCKPORT).mode()).as("a model cut short").isEqualTo("FULL");
        assertThat(assembly.relink(STOCKPORT).mode()).isEqualTo("INCREMENTAL");
    }

    @Test
    void aChildFirstSearchFindsChildrenOnly() {
        families.relink(STOCKPORT);
        LocalDate today = LocalDate.of(2026, 12, 1);
        LocalDate cutoff = today.minusYears(PersonSearch.CHILD_UNDER);
        String family = null;
        for (PersonRecord r : population.records) {
            boolean child = r.dateOfBirth().year() > cutoff.getYear();
            boolean adultToo = population.records.stream().anyMatch(o -> o.familyName().equals(r.familyName())
                    && o.dateOfBirth().year() < cutoff.getYear() - 1);
            if (child && adultToo) {
                family = r.familyName();
                break;
            }
        }
        assertThat(family).as("a family name held by a child and an adult").isNotNull();
        List<PersonSummary> anyone = families.search(STOCKPORT, new PersonSearch(family, null, null, 200));
        List<PersonSummary> children = families.searchChildren(STOCKPORT, new PersonSearch(family, null, null, 200));
        assertThat(anyone).anyMatch(p -> p.dateOfBirth() != null && !p.dateOfBirth().isAfter(cutoff));
        assertThat(children).isNotEmpty().allMatch(p -> p.dateOfBirth() != null && p.dateOfBirth().isAfter(cutoff));
        assertThat(anyone).containsAll(children);
    }

    @Test
    void anotherCouncilSeesNoneOfThesePeople() {
        families.relink(STOCKPORT);
        families.relink(LEEDS);
        PersonRecord r = population.records.get(0);
        UUID stockportPerson = families.bySourceRecord(STOCKPORT, "csc-people", r.id()).orElseThrow().id();
        assertThat(families.family(LEEDS, stockportPerson)).isEmpty();
        Optional<PersonSummary> leedsPerson = families.bySourceRecord(LEEDS, "csc-people", r.id());
        assertThat(leedsPerson).isPresent();
        assertThat(leedsPerson.get().id()).isNotEqualTo(stockportPerson);
        assertThat(families.family(LEEDS, leedsPerson.get().id()).orElseThrow().members()).hasSize(1);
        assertThat(families.search(LEEDS, new PersonSearch(r.familyName(), null, null, 200))).hasSize(1);
    }

    private int twiceRecorded() {
        for (int i = 0; i + 1 < population.records.size(); i++) {
            if (population.records.get(i + 1).id().endsWith("-b") && population.truth.get(i).equals(population.truth.get(i + 1))
                    && population.records.get(i).givenName().equals(population.records.get(i + 1).givenName())) {
                return i;
            }
        }
        throw new IllegalStateException("the population has nobody recorded twice alike");
    }

    private int firstWithSiblings() {
        for (int i = 0; i + 2 < population.records.size(); i++) {
            int household = population.household.get(i);
            long members = population.household.stream().filter(h -> h == household).count();
            if (members >= 4 && population.records.get(i).id().endsWith("-a")) {
                return i;
            }
        }
        throw new IllegalStateException("no household of several people");
    }

    private static UUID load(Connection admin, CouncilId council, String source, String dataset, String kind) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement run = admin.prepareStatement("INSERT INTO adapters.load_run (id, council_id, source_id, dataset, kind, "
                + "trigger, status, started_at, heartbeat_at, finished_at, current_as_of) VALUES (?, ?, ?, ?, ?, 'MANUAL', 'PUBLISHED', "
                + "now(), now(), now(), DATE '2026-11-01')");
             PreparedStatement current = admin.prepareStatement("INSERT INTO adapters.current_load (council_id, source_id, load_id, "
                + "published_at) VALUES (?, ?, ?, now())")) {
            run.setObject(1, id);
            run.setString(2, council.value());
            run.setString(3, source);
            run.setString(4, dataset);
            run.setString(5, kind);
            run.executeUpdate();
            current.setString(1, council.value());
            current.setString(2, source);
            current.setObject(3, id);
            current.executeUpdate();
        }
        return id;
    }

    private static void record(Connection admin, UUID load, CouncilId council, String source, int row, PersonRecord r, String type,
                               String organisation, String practitioner) throws SQLException {
        try (PreparedStatement insert = admin.prepareStatement("INSERT INTO adapters.source_record (load_id, council_id, source_id, "
                + "row_number, record_id, person_ref, given_name, family_name, birth_date, nhs_number, address, postcode, "
                + "involvement_type, involvement_start, organisation, practitioner_name, practitioner_phone) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, DATE '2026-01-05', ?, ?, '0161 496 0000')")) {
            insert.setObject(1, load);
            insert.setString(2, council.value());
            insert.setString(3, source);
            insert.setInt(4, row);
            insert.setString(5, r.id());
            insert.setString(6, r.id());
            insert.setString(7, r.givenName());
            insert.setString(8, r.familyName());
            insert.setObject(9, r.dateOfBirth().isComplete() ? LocalDate.of(r.dateOfBirth().year(), r.dateOfBirth().month(),
                    r.dateOfBirth().day()) : null);
            insert.setString(10, r.nhsNumber());
            insert.setString(11, r.address());
            insert.setString(12, r.postcode());
            insert.setString(13, type);
            insert.setString(14, organisation);
            insert.setString(15, practitioner);
            insert.executeUpdate();
        }
    }

    private static void relationship(Connection admin, UUID load, int row, String person, String related, String relationship)
            throws SQLException {
        try (PreparedStatement insert = admin.prepareStatement("INSERT INTO adapters.source_relationship (load_id, council_id, "
                + "source_id, row_number, record_id, related_record_id, relationship) VALUES (?, 'stockport', 'csc-relationships', "
                + "?, ?, ?, ?)")) {
            insert.setObject(1, load);
            insert.setInt(2, row);
            insert.setString(3, person);
            insert.setString(4, related);
            insert.setString(5, relationship);
            insert.executeUpdate();
        }
    }
}
