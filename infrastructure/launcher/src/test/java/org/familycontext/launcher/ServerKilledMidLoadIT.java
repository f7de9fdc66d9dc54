package org.familycontext.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.adapters.LoadRunView;
import org.familycontext.adapters.LoadStatus;
import org.familycontext.adapters.LoadTrigger;
import org.familycontext.adapters.StandaloneLoads;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.StandaloneCouncilScope;
import org.familycontext.tenancy.SourceSettings;
import org.familycontext.tenancy.TenantConfigurationCheck;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The server process is killed (SIGKILL) in the middle of a nightly load: the council's previous data
 * is untouched; the restarted server marks the dead load failed and removes what it staged; and the
 * next load of the source succeeds.
 */
class ServerKilledMidLoadIT {

    private static final String DATABASE = "fc_test_killed";
    private static final CouncilId STOCKPORT = new CouncilId("stockport");
    private static final int BIG = 400_000;

    @TempDir
    Path work;
    private final Workspace workspace = new Workspace(Path.of("../..").toAbsolutePath().normalize());
    private String url;
    private LibertyServer server;

    @BeforeEach
    void freshDatabase() throws SQLException {
        String testUrl = env("FC_DB_URL");
        url = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + DATABASE;
        try (Connection admin = admin(testUrl); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + env("FC_DB_OWNER_USER"));
            sql.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + env("FC_DB_USER") + ", " + env("FC_DB_LOADER_USER"));
        }
        Logger.getLogger("org.familycontext").setLevel(Level.WARNING);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void thePreviousDataSurvivesAndTheNextLoadSucceeds() throws Exception {
        SourceSettings source = stockportPeople();
        Path drop = Files.createDirectories(work.resolve("sources/stockport"));
        Files.writeString(drop.resolve("csc_people.csv"), extract(3), StandardCharsets.UTF_8);
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        migrateAdapters();
        UUID previous = publish(source, yesterday);
        writeBig(drop.resolve("csc_people.csv"));

        server = LibertyServer.start(workspace, work.resolve("liberty"), serverEnvironment());
        UUID dying = awaitRunningNightlyLoad();
        Thread.sleep(1500);
        server.kill();
        server = null;

        assertThat(status(dying)).isEqualTo("RUNNING");
        assertThat(currentLoad()).isEqualTo(previous);
        assertThat(count("SELECT count(*) FROM adapters.current_source_record WHERE council_id = 'stockport'", true)).isEqualTo(3);

        server = LibertyServer.start(workspace, work.resolve("liberty"), serverEnvironment());
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!"FAILED".equals(status(dying)) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(status(dying)).as("the restarted server ends the dead load").isEqualTo("FAILED");
        assertThat(count("SELECT count(*) FROM adapters.source_record WHERE load_id = '" + dying + "'", false)).isZero();
        assertThat(currentLoad()).isEqualTo(previous);
        server.close();
        server = null;

        UUID next = publish(source, Clock.systemUTC());
        assertThat(currentLoad()).isEqualTo(next);
        assertThat(count("SELECT count(*) FROM adapters.current_source_record WHERE council_id = 'stockport'", true))
                .isEqualTo(BIG);
    }

    private UUID awaitRunningNightlyLoad() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection admin = admin(url); Statement sql = admin.createStatement();
                 ResultSet run = sql.executeQuery("SELECT id FROM adapters.load_run WHERE source_id = 'csc-people' "
                         + "AND status = 'RUNNING' AND trigger = 'SCHEDULE'")) {
                if (run.next()) {
                    return run.getObject(1, UUID.class);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start the nightly load; see " + work.resolve("liberty"));
    }

    private UUID publish(SourceSettings source, Clock clock) {
        PGSimpleDataSource application = dataSource(env("FC_DB_USER"), env("FC_DB_PASSWORD"));
        try (StandaloneLoads loads = new StandaloneLoads(new StandaloneCouncilScope(application),
                dataSource(env("FC_DB_LOADER_USER"), env("FC_DB_LOADER_PASSWORD")), work.resolve("sources"), clock)) {
            LoadRunView run = loads.load(STOCKPORT, source, LoadTrigger.MANUAL);
            assertThat(run.status()).isEqualTo(LoadStatus.PUBLISHED);
            return run.id();
        }
    }

    private Map<String, String> serverEnvironment() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("FC_DB_URL", url);
        for (String name : List.of("FC_DB_USER", "FC_DB_PASSWORD", "FC_DB_OWNER_USER", "FC_DB_OWNER_PASSWORD", "FC_DB_APP_ROLE",
                "FC_DB_LOADER_USER", "FC_DB_LOADER_PASSWORD", "FC_DB_LOADER_ROLE")) {
            env.put(name, env(name));
        }
        env.put("FC_HTTP_PORT", Integer.toString(LocalPostgres.freePort()));
        env.put("FC_TENANT_CONFIG_DIR", workspace.tenantConfig().toString());
        env.put("FC_SOURCES_DIR", work.resolve("sources").toString());
        env.put("FC_LOADS_CHECK_SECONDS", "3");
        env.put("FC_LOADS_HEARTBEAT_TIMEOUT", "PT6S");
        return env;
    }

    private void migrateAdapters() {
        Flyway.configure(ServerKilledMidLoadIT.class.getClassLoader()).dataSource(url, env("FC_DB_OWNER_USER"),
                        env("FC_DB_OWNER_PASSWORD"))
                .schemas("adapters").defaultSchema("adapters").createSchemas(true).table("flyway_schema_history")
                .locations("classpath:db/migration/adapters")
                .placeholders(Map.of("appRole", env("FC_DB_APP_ROLE"), "loaderRole", env("FC_DB_LOADER_ROLE"))).load().migrate();
    }

    private SourceSettings stockportPeople() {
        Logger.getLogger("org.familycontext.tenancy").setLevel(Level.OFF);
        return TenantConfigurationCheck.councils(workspace.tenantConfig(), Clock.systemUTC()).stream()
                .filter(c -> c.id().equals(STOCKPORT)).findFirst().orElseThrow().sources().get("csc-people");
    }

    private static String extract(int rows) {
        StringBuilder csv = new StringBuilder("PERSON_ID,FORENAME,SURNAME,DOB,GENDER,NHS_NUMBER,ADDRESS,POSTCODE,UPRN,EPISODE_TYPE,"
                + "EPISODE_START,EPISODE_END,WORKER_NAME,WORKER_PHONE,WORKER_EMAIL,TEAM\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append("P").append(i).append(",Amy,Smith,01/02/2015,F,,1 High Street,SK4 2AB,,CIN,01/09/2025,,,,,\r\n");
        }
        return csv.toString();
    }

    private static void writeBig(Path file) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(extract(0));
            for (int i = 0; i < BIG; i++) {
                out.write("B" + i + ",Name" + (i % 977) + ",Surname" + (i % 1013) + ",01/02/2015,F,,1 High Street,SK4 2AB,,CIN,"
                        + "01/09/2025,,Jo Bloggs,0161 496 0000,jo@stockport.example.gov.uk,Team A\r\n");
            }
        }
    }

    private String status(UUID run) throws SQLException {
        try (Connection admin = admin(url); Statement sql = admin.createStatement();
             ResultSet row = sql.executeQuery("SELECT status FROM adapters.load_run WHERE id = '" + run + "'")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private UUID currentLoad() throws SQLException {
        try (Connection admin = admin(url); Statement sql = admin.createStatement();
             ResultSet row = sql.executeQuery("SELECT load_id FROM adapters.current_load WHERE council_id = 'stockport' "
                     + "AND source_id = 'csc-people'")) {
            return row.next() ? row.getObject(1, UUID.class) : null;
        }
    }

    private long count(String query, boolean asCouncil) throws SQLException {
        try (Connection admin = admin(url); Statement sql = admin.createStatement()) {
            if (asCouncil) {
                sql.execute("SELECT set_config('app.council', 'stockport', false)");
            }
            try (ResultSet row = sql.executeQuery(query)) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private PGSimpleDataSource dataSource(String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    private static Connection admin(String url) throws SQLException {
        return DriverManager.getConnection(url, env("FC_DB_ADMIN_USER"), System.getenv().getOrDefault("FC_DB_ADMIN_PASSWORD", ""));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the integration tests with ./fc test");
        }
        return value;
    }
}
