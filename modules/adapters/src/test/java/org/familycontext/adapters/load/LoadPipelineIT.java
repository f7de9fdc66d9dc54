package org.familycontext.adapters.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.familycontext.adapters.LoadRunView;
import org.familycontext.adapters.LoadStatus;
import org.familycontext.adapters.LoadTrigger;
import org.familycontext.adapters.QuarantinedRow;
import org.familycontext.adapters.csv.CsvFileAdapterFactory;
import org.familycontext.adapters.jdbc.JdbcQueryAdapterFactory;
import org.familycontext.adapters.testing.LoadDatabase;
import org.familycontext.adapters.testing.Sources;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.StandaloneCouncilScope;
import org.familycontext.kernel.testing.MutableClock;
import org.familycontext.tenancy.SourceSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load runs against a real PostgreSQL, as the server's own roles, with the server's migration. */
class LoadPipelineIT {

    static final CouncilId STOCKPORT = new CouncilId("stockport");
    static final CouncilId LEEDS = new CouncilId("leeds");
    static final String GOOD = Sources.PEOPLE_HEADER + "\n"
            + "P1,Amy,Smith,01/02/2015,F,9434765870,SK4 2AB,A950000178301,CIN\n"
            + "P2,Bill,Smith,03/04/1985,M,,SK4 2AB,,\n"
            + "P3,Cara,Jones,31/02/2016,F,9434765871,SK4,,CP\n"
            + ",No,Id,,,,,,\n";

    static LoadDatabase database;
    static ScheduledExecutorService ticker;

    @TempDir
    Path sources;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    StandaloneCouncilScope scope;
    LoadRunStore store;
    LoadPipeline pipeline;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = LoadDatabase.fresh();
        ticker = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    static void stopTicker() {
        ticker.shutdownNow();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection admin = database.admin(); Statement sql = admin.createStatement()) {
            sql.execute("TRUNCATE adapters.current_load, adapters.load_run, adapters.source_record, adapters.source_relationship, "
                    + "adapters.quarantined_row");
        }
        scope = new StandaloneCouncilScope(database.application());
        store = new LoadRunStore(scope.dataSource(), scope);
        pipeline = pipeline(Duration.ofMinutes(2));
    }

    LoadPipeline pipeline(Duration heartbeatTimeout) {
        AdapterRegistry adapters = new AdapterRegistry(List.of(new CsvFileAdapterFactory(), new JdbcQueryAdapterFactory()),
                sources, Map.of("WAREHOUSE_PASSWORD", database.ownerPassword())::get);
        return new LoadPipeline(store, database.loader(), adapters, ticker, Thread::new, clock, heartbeatTimeout);
    }

    @Test
    void publishesAnExtractWithBadRowsQuarantinedAndAQualityReport() throws Exception {
        drop(STOCKPORT, "people.csv", GOOD);

        LoadRunView run = load(STOCKPORT, Sources.people("people.csv"));

        assertThat(run.status()).isEqualTo(LoadStatus.PUBLISHED);
        assertThat(List.of(run.rowsRead(), run.rowsAccepted(), run.rowsQuarantined())).containsExactly(4, 3, 1);
        assertThat(run.extract()).contains("file people.csv");
        assertThat(currentNames(STOCKPORT)).containsExactly("Amy Smith", "Bill Smith", "Cara Jones");
        List<QuarantinedRow> quarantine = store.quarantine(STOCKPORT, run.id(), 10);
        assertThat(quarantine).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(4);
            assertThat(row.field()).contains("recordId");
            assertThat(row.reason()).isEqualTo("the row has no record id");
            assertThat(row.raw()).isEqualTo(",No,Id,,,,,,");
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) run.report().get("fields");
        assertThat(fields.get("dateOfBirth")).asString().contains("invalid=1").contains("invalidExampleRows=[3]");
        assertThat(fields.get("nhsNumber")).asString().contains("missing=1").contains("invalid=1");
        assertThat(run.report()).containsEntry("rowsRead", 4).containsEntry("duplicates", 0);
        assertThat(run.report().get("invalidIdentifiers")).asString().contains("nhsNumber=1").contains("postcode=1");
    }

    @Test
    void redeliveringTheSameExtractChangesNothing() throws Exception {
        drop(STOCKPORT, "people.csv", GOOD);
        LoadRunView first = load(STOCKPORT, Sources.people("people.csv"));

        LoadRunView again = load(STOCKPORT, Sources.people("people.csv"));

        assertThat(again.status()).isEqualTo(LoadStatus.UNCHANGED);
        assertThat(currentLoad(STOCKPORT, "csc-people")).isEqualTo(first.id());
        assertThat(count("SELECT count(*) FROM adapters.source_record")).isEqualTo(3);
    }

    @Test
    void aNewExtractReplacesTheOldOneWholeAndTheOldRowsGo() throws Exception {
        drop(STOCKPORT, "people.csv", GOOD);
        LoadRunView first = load(STOCKPORT, Sources.people("people.csv"));
        drop(STOCKPORT, "people.csv", Sources.PEOPLE_HEADER + "\nP9,Dan,Brown,,,,,,\n");

        LoadRunView second = load(STOCKPORT, Sources.people("people.csv"));

        assertThat(second.status()).isEqualTo(LoadStatus.PUBLISHED);
        assertThat(store.find(STOCKPORT, first.id()).orElseThrow().status()).isEqualTo(LoadStatus.SUPERSEDED);
        assertThat(currentNames(STOCKPORT)).containsExactly("Dan Brown");
        assertThat(count("SELECT count(*) FROM adapters.source_record")).isEqualTo(1);
    }

    @Test
    void brokenExtractsAreRefusedWholeAndTheCurrentDataStays() throws Exception {
        drop(STOCKPORT, "people.csv", GOOD);
        UUID good = load(STOCKPORT, Sources.people("people.csv")).id();
        Map<String, byte[]> broken = Map.of(
                "missing-column.csv", "ID,FORENAME,SURNAME\nP1,A,B\n".getBytes(StandardCharsets.UTF_8),
                "empty.csv", new byte[0],
                "header-only.csv", (Sources.PEOPLE_HEADER + "\n").getBytes(StandardCharsets.UTF_8),
                "latin1.csv", (Sources.PEOPLE_HEADER + "\nP1,Ren\u00e9e,Smith,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1),
                "mostly-bad.csv", (Sources.PEOPLE_HEADER + "\nP1,A,B,,,,,,\n,x,y,,,,,,\n,x,y,,,,,,\n").getBytes(StandardCharsets.UTF_8));
        Map<String, String> reasons = Map.of("missing-column.csv", "lacks the column(s) DOB", "empty.csv", "is empty",
                "header-only.csv", "has a header but no rows", "latin1.csv", "is not UTF-8: its first invalid byte is on line 2",
                "mostly-bad.csv", "2 of 3 rows were quarantined (more than half)");

        for (Map.Entry<String, byte[]> file : broken.entrySet()) {
            Files.write(Files.createDirectories(sources.resolve("stockport")).resolve(file.getKey()), file.getValue());
            LoadRunView run = load(STOCKPORT, Sources.people(file.getKey()));

            assertThat(run.status()).as(file.getKey()).isEqualTo(LoadStatus.REFUSED);
            assertThat(run.failure()).as(file.getKey()).hasValueSatisfying(f -> assertThat(f).contains(reasons.get(file.getKey())));
            assertThat(currentLoad(STOCKPORT, "csc-people")).isEqualTo(good);
            assertThat(currentNames(STOCKPORT)).containsExactly("Amy Smith", "Bill Smith", "Cara Jones");
        }
        assertThat(count("SELECT count(*) FROM adapters.source_record")).isEqualTo(3);
    }

    @Test
    void hostileTextIsStoredAsInertTextExactlyAsItCame() throws Exception {
        String[] names = {"=cmd|' /C calc'!A0", "<script>alert('x')</script>", "Robert'); DROP TABLE adapters.load_run;--",
                "tab\there", "line\nbreak", "back\\slash \\N", "quote \"q\"", "+SUM(1)", "@x", "-2+3", "nul\u0000byte", "Ren\u00e9e \uD83D\uDE00"};
        StringBuilder csv = new StringBuilder(Sources.PEOPLE_HEADER).append("\r\n");
        for (int i = 0; i < names.length; i++) {
            csv.append("H").append(i).append(",\"").append(names[i].replace("\"", "\"\"")).append("\",Surname,,,,,,\n");
        }
        drop(STOCKPORT, "hostile.csv", csv.toString());

        LoadRunView run = load(STOCKPORT, Sources.people("hostile.csv"));

        assertThat(run.status()).isEqualTo(LoadStatus.PUBLISHED);
        List<String> stored = new ArrayList<>();
        scope.run(STOCKPORT, () -> query("SELECT given_name FROM adapters.current_source_record ORDER BY row_number", stored));
        // PostgreSQL text cannot hold NUL: it is kept as U+FFFD, everything else exactly as it came
        assertThat(stored).containsExactly(java.util.Arrays.stream(names).map(n -> n.replace('\u0000', '\uFFFD')).toArray(String[]::new));
        assertThat(count("SELECT count(*) FROM adapters.load_run")).isEqualTo(1);
    }

    @Test
    void aRecordMayHaveSeveralInvolvementsButNotTheSameOneTwice() throws Exception {
        drop(STOCKPORT, "dup.csv", Sources.PEOPLE_HEADER + "\nP1,A,B,,,,,,CIN\nP2,C,D,,,,,,\nP1,A,B,,,,,,CP\nP1,E,F,,,,,,CIN\n");

        LoadRunView run = load(STOCKPORT, Sources.people("dup.csv"));

        assertThat(run.status()).isEqualTo(LoadStatus.PUBLISHED);
        assertThat(run.rowsAccepted()).isEqualTo(3);
        assertThat(run.report()).containsEntry("duplicates", 1);
        assertThat(store.quarantine(STOCKPORT, run.id(), 10)).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(4);
            assertThat(row.reason()).isEqualTo("the same record and involvement is also on row 1");
        });
    }

    @Test
    void relationshipExtractsLoadIntoTheirOwnTable() throws Exception {
        drop(STOCKPORT, "rel.csv", "ID,RELATED_ID,RELATIONSHIP\nP1,P2,PARENT\nP2,P1,CHILD\nP1,P3,UNCLE\n");

        LoadRunView run = load(STOCKPORT, Sources.relationships("rel.csv"));

        assertThat(List.of(run.status().name(), run.rowsAccepted(), run.rowsQuarantined())).containsExactly("PUBLISHED", 2, 1);
        assertThat(count("SELECT count(*) FROM adapters.source_relationship")).isEqualTo(2);
    }

    @Test
    void oneCouncilNeverSeesAnothersLoadsAndTheLoaderRoleCannotRead() throws Exception {
        drop(STOCKPORT, "people.csv", GOOD);
        LoadRunView stockport = load(STOCKPORT, Sources.people("people.csv"));

        assertThat(store.find(LEEDS, stockport.id())).isEmpty();
        assertThat(store.recent(LEEDS, 10)).isEmpty();
        assertThat(store.quarantine(LEEDS, stockport.id(), 10)).isEmpty();
        assertThat(currentNames(LEEDS)).isEmpty();
        try (Connection loader = database.loader().getConnection(); Statement sql = loader.createStatement()) {
            assertThatThrownBy(() -> sql.executeQuery("SELECT * FROM adapters.source_record"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM adapters.source_record"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE adapters.current_load SET load_id = load_id"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void aLoadWhoseServerDiedIsCleanedUpAndTheNextOneSucceeds() throws Exception {
        drop(STOCKPORT, "people.csv", GOOD);
        UUID good = load(STOCKPORT, Sources.people("people.csv")).id();
        SourceSettings source = Sources.people("people.csv");
        UUID dead = pipeline.begin(STOCKPORT, source, LoadTrigger.SCHEDULE, Instant.parse("2026-11-29T02:00:00Z")).orElseThrow();
        stageAsLoader(dead, STOCKPORT, 3);
        clock.advance(Duration.ofMinutes(1));

        assertThat(pipeline.recoverAbandoned(STOCKPORT)).as("still within its heartbeat").isZero();
        assertThat(pipeline.begin(STOCKPORT, source, LoadTrigger.MANUAL, null)).as("one load of a source at a time").isEmpty();
        clock.advance(Duration.ofMinutes(2));
        LoadPipeline restarted = pipeline(Duration.ofMinutes(2));

        assertThat(restarted.recoverAbandoned(STOCKPORT)).isEqualTo(1);
        LoadRunView died = store.find(STOCKPORT, dead).orElseThrow();
        assertThat(died.status()).isEqualTo(LoadStatus.FAILED);
        assertThat(died.failure()).hasValueSatisfying(f -> assertThat(f).contains("stopped without finishing"));
        assertThat(count("SELECT count(*) FROM adapters.source_record WHERE load_id = '" + dead + "'")).isZero();
        assertThat(currentLoad(STOCKPORT, "csc-people")).isEqualTo(good);
        drop(STOCKPORT, "people.csv", Sources.PEOPLE_HEADER + "\nP9,Dan,Brown,,,,,,\n");
        assertThat(load(STOCKPORT, source).status()).isEqualTo(LoadStatus.PUBLISHED);
        assertThat(currentNames(STOCKPORT)).containsExactly("Dan Brown");
    }

    @Test
    void aLoadCutOffMidCopyStagesNothingAndKeepsTheCurrentData() throws Exception {
        drop(STOCKPORT, "people.csv", GOOD);
        UUID good = load(STOCKPORT, Sources.people("people.csv")).id();
        StringBuilder big = new StringBuilder(Sources.PEOPLE_HEADER).append('\n');
        for (int i = 0; i < 200_000; i++) {
            big.append('B').append(i).append(",Name,Surname,,,,,,\n");
        }
        drop(STOCKPORT, "big.csv", big.toString());
        SourceSettings source = Sources.people("big.csv");
        UUID run = pipeline.begin(STOCKPORT, source, LoadTrigger.MANUAL, null).orElseThrow();
        Thread killer = new Thread(() -> terminateLoaderWhenCopying());
        killer.start();

        LoadStatus status = pipeline.run(STOCKPORT, source, run);
        killer.join();

        assertThat(status).isEqualTo(LoadStatus.FAILED);
        assertThat(store.find(STOCKPORT, run).orElseThrow().failure()).hasValueSatisfying(f -> assertThat(f)
                .startsWith("the load failed: ").doesNotContain("Surname"));
        assertThat(count("SELECT count(*) FROM adapters.source_record WHERE load_id = '" + run + "'")).isZero();
        assertThat(currentLoad(STOCKPORT, "csc-people")).isEqualTo(good);
    }

    @Test
    void readsAWarehouseQueryOverJdbcReadOnly() throws Exception {
        try (Connection owner = database.owner().getConnection(); Statement sql = owner.createStatement()) {
            sql.execute("CREATE SCHEMA warehouse_test");
            sql.execute("CREATE TABLE warehouse_test.people (\"ID\" text, \"FORENAME\" text, \"SURNAME\" text, \"DOB\" text, "
                    + "\"GENDER\" text, \"NHS\" text, \"POSTCODE\" text, \"UPN\" text, \"TYPE\" text)");
            sql.execute("INSERT INTO warehouse_test.people VALUES ('W1', 'Amy', 'Smith', '01/02/2015', 'F', NULL, NULL, NULL, 'CIN'),"
                    + " ('W2', 'Bo', 'Li', NULL, NULL, NULL, NULL, NULL, NULL)");
        }
        try {
            Map<String, Object> connection = Map.of("url", database.url(), "user", database.ownerUser(), "password",
                    new org.familycontext.tenancy.SecretReference(org.familycontext.tenancy.SecretReference.Source.ENVIRONMENT,
                            "WAREHOUSE_PASSWORD"));
            LoadRunView run = load(LEEDS, warehouse(connection, "SELECT * FROM warehouse_test.people ORDER BY \"ID\""));
            LoadRunView writing = load(LEEDS, warehouse(connection,
                    "WITH gone AS (DELETE FROM warehouse_test.people RETURNING *) SELECT * FROM gone"));

            assertThat(run.status()).isEqualTo(LoadStatus.PUBLISHED);
            assertThat(run.extract()).contains("a warehouse query");
            assertThat(currentNames(LEEDS)).containsExactly("Amy Smith", "Bo Li");
            assertThat(writing.status()).isEqualTo(LoadStatus.REFUSED);
            assertThat(writing.failure()).hasValueSatisfying(f -> assertThat(f).contains("SQL state 25006"));
            assertThat(count("SELECT count(*) FROM warehouse_test.people")).isEqualTo(2);
        } finally {
            try (Connection owner = database.owner().getConnection(); Statement sql = owner.createStatement()) {
                sql.execute("DROP SCHEMA warehouse_test CASCADE");
            }
        }
    }

    private SourceSettings warehouse(Map<String, Object> connection, String query) {
        SourceSettings csv = Sources.people("unused");
        Map<String, Object> settings = new java.util.HashMap<>(connection);
        settings.put("query", query);
        return new SourceSettings("warehouse", csv.dataset(), csv.kind(), "jdbc-query", settings, csv.dateFormat(), csv.columns(),
                csv.codes(), csv.schedule(), csv.coverage());
    }

    private LoadRunView load(CouncilId council, SourceSettings source) {
        UUID run = pipeline.begin(council, source, LoadTrigger.MANUAL, null).orElseThrow();
        pipeline.run(council, source, run);
        return store.find(council, run).orElseThrow();
    }

    private void drop(CouncilId council, String file, String text) throws IOException {
        Files.writeString(Files.createDirectories(sources.resolve(council.value())).resolve(file), text, StandardCharsets.UTF_8);
    }

    private List<String> currentNames(CouncilId council) {
        List<String> names = new ArrayList<>();
        scope.run(council, () -> query("SELECT given_name || ' ' || family_name FROM adapters.current_source_record "
                + "ORDER BY row_number", names));
        return names;
    }

    private void query(String sql, List<String> into) {
        try (Connection connection = scope.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                into.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID currentLoad(CouncilId council, String source) throws SQLException {
        try (Connection admin = database.admin(); PreparedStatement sql = admin.prepareStatement(
                "SELECT load_id FROM adapters.current_load WHERE council_id = ? AND source_id = ?")) {
            sql.setString(1, council.value());
            sql.setString(2, source);
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next() ? rows.getObject(1, UUID.class) : null;
            }
        }
    }

    static long count(String query) throws SQLException {
        return countIn(database, query);
    }

    static long countIn(LoadDatabase database, String query) throws SQLException {
        try (Connection admin = database.admin(); Statement sql = admin.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void stageAsLoader(UUID run, CouncilId council, int rows) throws SQLException {
        try (Connection loader = database.loader().getConnection(); PreparedStatement sql = loader.prepareStatement(
                "INSERT INTO adapters.source_record (load_id, council_id, source_id, row_number, record_id, person_ref) "
                        + "VALUES (?, ?, 'csc-people', ?, ?, ?)")) {
            for (int i = 1; i <= rows; i++) {
                sql.setObject(1, run);
                sql.setString(2, council.value());
                sql.setInt(3, i);
                sql.setString(4, "X" + i);
                sql.setString(5, "X" + i);
                sql.executeUpdate();
            }
        }
    }

    private static void terminateLoaderWhenCopying() {
        long deadline = System.currentTimeMillis() + 30_000;
        try (Connection admin = database.admin()) {
            while (System.currentTimeMillis() < deadline) {
                try (Statement sql = admin.createStatement(); ResultSet killed = sql.executeQuery(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + LoadDatabase.NAME + "' "
                                + "AND query LIKE 'COPY adapters.source_record%' AND state = 'active'")) {
                    if (killed.next()) {
                        return;
                    }
                }
                Thread.sleep(5);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
