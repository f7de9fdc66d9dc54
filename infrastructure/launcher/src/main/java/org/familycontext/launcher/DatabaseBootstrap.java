package org.familycontext.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Prepares a PostgreSQL for Family Context, as a superuser: the owner role (owns the schemas,
 * runs migrations), the application role (reads and writes, owns nothing, no row-level security
 * bypass), the loader role (COPY into staging tables only: PostgreSQL refuses COPY under row-level
 * security, so it bypasses it, and the application checks what it staged under row-level security
 * before publishing), and the database. The application creates its schemas itself at start-up.
 */
final class DatabaseBootstrap {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DatabaseSettings settings;

    DatabaseBootstrap(DatabaseSettings settings) {
        this.settings = settings;
        for (String name : new String[] {settings.database(), settings.ownerRole(), settings.appRole(), settings.loaderRole()}) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain lower-case PostgreSQL name: " + name);
            }
        }
    }

    /** Creates the roles if missing (and sets their passwords), and the database; {@code fresh} drops it first. */
    void apply(PostgresServer server, boolean fresh) throws SQLException {
        try (Connection admin = server.admin("postgres"); Statement sql = admin.createStatement()) {
            ensureRole(admin, settings.ownerRole(), settings.ownerPassword(), "");
            ensureRole(admin, settings.appRole(), settings.appPassword(), " NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            ensureRole(admin, settings.loaderRole(), settings.loaderPassword(), " NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE");
            if (fresh) {
                sql.execute("DROP DATABASE IF EXISTS " + settings.database() + " WITH (FORCE)");
            }
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", settings.database())) {
                sql.execute("CREATE DATABASE " + settings.database() + " OWNER " + settings.ownerRole() + " ENCODING 'UTF8'");
            }
            sql.execute("REVOKE ALL ON DATABASE " + settings.database() + " FROM PUBLIC");
            sql.execute("GRANT CONNECT ON DATABASE " + settings.database() + " TO " + settings.appRole() + ", "
                    + settings.loaderRole());
        }
        try (Connection admin = server.admin(settings.database()); Statement sql = admin.createStatement()) {
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
    }

    /** A database owned by the superuser, for a companion such as Keycloak; {@code fresh} drops it first. */
    static void ensureDatabase(PostgresServer server, String database, boolean fresh) throws SQLException {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain lower-case PostgreSQL name: " + database);
        }
        try (Connection admin = server.admin("postgres"); Statement sql = admin.createStatement()) {
            if (fresh) {
                sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                sql.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
            }
        }
    }

    /** A login role that may connect to {@code database} and nothing more (grants on tables come later). */
    static void ensureReader(PostgresServer server, String database, String role, String password) throws SQLException {
        for (String name : new String[] {database, role}) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain lower-case PostgreSQL name: " + name);
            }
        }
        try (Connection admin = server.admin("postgres"); Statement sql = admin.createStatement()) {
            ensureRole(admin, role, password, " NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            sql.execute("GRANT CONNECT ON DATABASE " + database + " TO " + role);
        }
    }

    private static void ensureRole(Connection admin, String role, String password, String attributes) throws SQLException {
        try (Statement sql = admin.createStatement()) {
            String verb = exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
            sql.execute(verb + " ROLE " + role + " LOGIN" + attributes + " PASSWORD " + literal(password));
        }
    }

    private static boolean exists(Connection admin, String query, String name) throws SQLException {
        try (PreparedStatement statement = admin.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
