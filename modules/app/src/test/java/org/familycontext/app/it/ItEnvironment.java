package org.familycontext.app.it;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the integration tests find the server, its tenant configuration and its database. The
 * database comes from the environment ./fc test sets up (FC_DB_URL and friends).
 */
public final class ItEnvironment {

    private ItEnvironment() {
    }

    public static URI baseUri() {
        return URI.create("http://127.0.0.1:" + property("fc.it.http.port"));
    }

    public static URI uri(String path) {
        return baseUri().resolve(path);
    }

    public static Path tenantConfig() {
        return Path.of(property("fc.it.tenant-config.dir"));
    }

    /** The folder the server reads councils' extracts from (one folder per council). */
    public static Path sources() {
        return Path.of(property("fc.it.sources.dir"));
    }

    public static Path serverLog() {
        return Path.of(property("fc.it.server.log"));
    }

    /** A connection as the application's own role, exactly as the server connects. */
    public static Connection applicationRole() throws SQLException {
        return DriverManager.getConnection(env("FC_DB_URL"), envOr("FC_DB_USER", "fc_app"), envOr("FC_DB_PASSWORD", ""));
    }

    /** A connection as the loader role, exactly as the server stages loads. */
    public static Connection loaderRole() throws SQLException {
        return DriverManager.getConnection(env("FC_DB_URL"), envOr("FC_DB_LOADER_USER", "fc_loader"),
                envOr("FC_DB_LOADER_PASSWORD", ""));
    }

    /** A superuser connection, for inspecting what the application cannot see. */
    public static Connection admin() throws SQLException {
        return DriverManager.getConnection(env("FC_DB_URL"), envOr("FC_DB_ADMIN_USER", "postgres"),
                envOr("FC_DB_ADMIN_PASSWORD", ""));
    }

    /** The first column of the first row of a query run as a superuser, as text (null when there is no row). */
    public static String adminQuery(String sql) throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** The test run's Keycloak, e.g. http://127.0.0.1:28080. */
    public static String keycloak() {
        return env("FC_IT_KEYCLOAK_URL").replaceAll("/+$", "");
    }

    /** The secret of each council realm's demo API client ("case-system"). */
    public static String apiClientSecret() {
        return env("FC_IT_API_CLIENT_SECRET");
    }

    public static String ownerRole() {
        return envOr("FC_DB_OWNER_USER", "fc_owner");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run the integration tests with ./fc test");
        }
        return value;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the integration tests with ./fc test, "
                    + "which provides PostgreSQL");
        }
        return value;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
