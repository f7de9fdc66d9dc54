package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Row-level security, proven with the application's own database role and raw SQL, on the tables
 * the running server has just written: one council's transaction sees only that council's rows, no
 * council means no rows, and the role can neither write for another council nor switch the
 * protection off. Also: each module's schema is migrated by the owner, with its own history table.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilIsolationIT {

    private static final List<String> COUNCIL_TABLES = List.of("tenancy.council_configuration", "tenancy.configuration_event");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @BeforeEach
    void theServerHasRecordedEveryCouncil() {
        await().atMost(Duration.ofSeconds(20)).until(() -> countAsAdmin("tenancy.council_configuration") >= 3);
    }

    @Test
    void withNoCouncilSetTheApplicationSeesNoRows() throws SQLException {
        try (Connection app = ItEnvironment.applicationRole()) {
            for (String table : COUNCIL_TABLES) {
                assertThat(count(app, table)).as(table).isZero();
            }
        }
        assertThat(countAsAdmin("tenancy.council_configuration")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCouncilsTransactionSeesOnlyThatCouncilsRows() throws SQLException {
        try (Connection app = ItEnvironment.applicationRole()) {
            app.setAutoCommit(false);
            actFor(app, "leeds");
            for (String table : COUNCIL_TABLES) {
                assertThat(councilsIn(app, table)).as(table).isNotEmpty().containsOnly("leeds");
            }
            app.commit();
            assertThat(count(app, "tenancy.council_configuration")).as("the setting ends with the transaction").isZero();
        }
    }

    @Test
    void evenAWhereClauseNamingAnotherCouncilFindsNothing() throws SQLException {
        try (Connection app = ItEnvironment.applicationRole()) {
            app.setAutoCommit(false);
            actFor(app, "leeds");
            try (Statement sql = app.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT count(*) FROM tenancy.council_configuration WHERE council_id = 'stockport'")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
            try (Statement sql = app.createStatement()) {
                assertThat(sql.executeUpdate("UPDATE tenancy.council_configuration SET version = 'x' WHERE council_id = 'stockport'"))
                        .isZero();
                assertThat(sql.executeUpdate("DELETE FROM tenancy.council_configuration WHERE council_id <> 'leeds'")).isZero();
            }
            app.rollback();
        }
    }

    @Test
    void theApplicationCannotWriteRowsForAnotherCouncil() throws SQLException {
        try (Connection app = ItEnvironment.applicationRole()) {
            app.setAutoCommit(false);
            actFor(app, "leeds");
            assertThatThrownBy(() -> {
                try (Statement sql = app.createStatement()) {
                    sql.executeUpdate("INSERT INTO tenancy.configuration_event (council_id, occurred_at, change, file_name) "
                            + "VALUES ('stockport', now(), 'REFUSED', 'stockport.yaml')");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotSwitchTheProtectionOffOrRewriteTheLog() throws SQLException {
        try (Connection app = ItEnvironment.applicationRole()) {
            for (String sql : List.of(
                    "ALTER TABLE tenancy.council_configuration DISABLE ROW LEVEL SECURITY",
                    "ALTER TABLE tenancy.council_configuration NO FORCE ROW LEVEL SECURITY",
                    "DROP POLICY council_isolation ON tenancy.council_configuration",
                    "SET ROLE " + ItEnvironment.ownerRole(),
                    "UPDATE tenancy.configuration_event SET details = 'x'",
                    "DELETE FROM tenancy.configuration_event",
                    "CREATE TABLE tenancy.intruder (id int)")) {
                assertThatThrownBy(() -> {
                    try (Statement statement = app.createStatement()) {
                        statement.execute(sql);
                    }
                }).as(sql).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassSecurity() throws SQLException {
        try (Connection app = ItEnvironment.applicationRole(); Statement sql = app.createStatement();
             ResultSet role = sql.executeQuery("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
            role.next();
            assertThat(role.getBoolean("rolsuper")).isFalse();
            assertThat(role.getBoolean("rolbypassrls")).isFalse();
        }
        try (Connection admin = ItEnvironment.admin(); Statement sql = admin.createStatement();
             ResultSet tables = sql.executeQuery("SELECT tablename, tableowner, rowsecurity FROM pg_tables "
                     + "WHERE schemaname IN ('tenancy', 'identity') AND tablename <> 'flyway_schema_history'")) {
            int seen = 0;
            while (tables.next()) {
                seen++;
                assertThat(tables.getString("tableowner")).as(tables.getString("tablename")).isEqualTo(ItEnvironment.ownerRole());
                assertThat(tables.getBoolean("rowsecurity")).as(tables.getString("tablename")).isTrue();
            }
            assertThat(seen).isEqualTo(COUNCIL_TABLES.size() + 2);
        }
    }

    @Test
    void theLoaderRoleCanOnlyAddStagedRowsAndReadsNothing() throws SQLException {
        try (Connection loader = ItEnvironment.loaderRole(); Statement sql = loader.createStatement()) {
            for (String read : List.of("SELECT count(*) FROM adapters.source_record", "SELECT count(*) FROM adapters.load_run",
                    "SELECT count(*) FROM tenancy.council_configuration", "SELECT count(*) FROM identity.session")) {
                assertThatThrownBy(() -> sql.executeQuery(read)).as(read).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
            for (String write : List.of("DELETE FROM adapters.source_record", "UPDATE adapters.current_load SET load_id = load_id",
                    "INSERT INTO adapters.current_load VALUES ('leeds', 'x', gen_random_uuid(), now())")) {
                assertThatThrownBy(() -> sql.executeUpdate(write)).as(write).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void everyCouncilTableForcesRowLevelSecurity() throws SQLException {
        try (Connection admin = ItEnvironment.admin(); Statement sql = admin.createStatement();
             ResultSet tables = sql.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                     + "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'council_id' "
                     + "WHERE c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)")) {
            assertThat(tables.next()).as("a table with a council_id column but without forced row-level security").isFalse();
        }
    }

    @Test
    void eachModuleHasItsOwnMigrationHistoryInItsSchema() throws SQLException {
        for (String schema : List.of("tenancy", "identity", "adapters")) {
            try (Connection admin = ItEnvironment.admin(); Statement sql = admin.createStatement();
                 ResultSet history = sql.executeQuery("SELECT version, success FROM " + schema
                         + ".flyway_schema_history WHERE version IS NOT NULL")) {
                assertThat(history.next()).as(schema).isTrue();
                assertThat(history.getString("version")).isEqualTo("1");
                assertThat(history.getBoolean("success")).isTrue();
            }
        }
    }

    private static void actFor(Connection connection, String council) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.council', ?, true)")) {
            set.setString(1, council);
            set.execute();
        }
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<String> councilsIn(Connection connection, String table) throws SQLException {
        List<String> councils = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT DISTINCT council_id FROM " + table)) {
            while (rows.next()) {
                councils.add(rows.getString(1));
            }
        }
        return councils;
    }

    private static int countAsAdmin(String table) throws SQLException {
        try (Connection admin = ItEnvironment.admin()) {
            return count(admin, table);
        }
    }
}
