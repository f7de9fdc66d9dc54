package org.familycontext.adapters.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database for the adapters module's database tests, on the PostgreSQL that {@code ./fc test}
 * provides (FC_DB_* variables): the adapters schema migrated by the owner role exactly as the server
 * migrates it, and data sources for the application and loader roles the server uses.
 */
public final class LoadDatabase {

    public static final String NAME = "fc_test_adapters";

    private final String url;
    private final String name;

    private LoadDatabase(String url, String name) {
        this.url = url;
        this.name = name;
    }

    /** Drops and re-creates the test database and migrates the adapters schema. */
    public static LoadDatabase fresh() throws SQLException {
        return fresh(NAME, "adapters");
    }

    /**
     * Drops and re-creates a test database and migrates the schemas, in order, each from its module's
     * migrations on the class path, as the server does.
     */
    public static LoadDatabase fresh(String name, String... schemas) throws SQLException {
        String serverUrl = env("FC_DB_URL");
        String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
        try (Connection admin = admin(serverUrl); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name + " OWNER " + env("FC_DB_OWNER_USER") + " ENCODING 'UTF8'");
            sql.execute("GRANT CONNECT ON DATABASE " + name + " TO " + env("FC_DB_USER") + ", " + env("FC_DB_LOADER_USER"));
        }
        for (String schema : schemas) {
            Flyway.configure(LoadDatabase.class.getClassLoader()).dataSource(url, env("FC_DB_OWNER_USER"), env("FC_DB_OWNER_PASSWORD"))
                    .schemas(schema).defaultSchema(schema).createSchemas(true).table("flyway_schema_history")
                    .locations("classpath:db/migration/" + schema)
                    .placeholders(Map.of("appRole", env("FC_DB_APP_ROLE"), "loaderRole", env("FC_DB_LOADER_ROLE")))
                    .failOnMissingLocations(true).load().migrate();
        }
        return new LoadDatabase(url, name);
    }

    public String url() {
        return url;
    }

    /** As the application role: row-level security applies. */
    public DataSource application() {
        return source(env("FC_DB_USER"), env("FC_DB_PASSWORD"));
    }

    /** As the loader role: INSERT into staging tables, nothing else. */
    public DataSource loader() {
        return source(env("FC_DB_LOADER_USER"), env("FC_DB_LOADER_PASSWORD"));
    }

    /** As the schema owner (tests use it to set up a warehouse to read from). */
    public DataSource owner() {
        return source(env("FC_DB_OWNER_USER"), env("FC_DB_OWNER_PASSWORD"));
    }

    /** A superuser connection to the test database, to see what the roles cannot. */
    public Connection admin() throws SQLException {
        return admin(url);
    }

    public String ownerUser() {
        return env("FC_DB_OWNER_USER");
    }

    public String ownerPassword() {
        return env("FC_DB_OWNER_PASSWORD");
    }

    private DataSource source(String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        URI address = URI.create(url.substring("jdbc:".length()));
        source.setServerNames(new String[] {address.getHost()});
        source.setPortNumbers(new int[] {address.getPort()});
        source.setDatabaseName(name);
        source.setUser(user);
        source.setPassword(password);
        source.setApplicationName("fc-adapters-test");
        return source;
    }

    private static Connection admin(String url) throws SQLException {
        return DriverManager.getConnection(url, env("FC_DB_ADMIN_USER"), System.getenv().getOrDefault("FC_DB_ADMIN_PASSWORD", ""));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the database tests with ./fc test, which provides PostgreSQL");
        }
        return value;
    }
}
