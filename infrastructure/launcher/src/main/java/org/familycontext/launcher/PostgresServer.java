package org.familycontext.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL server the launcher may administer: where it is and a superuser to bootstrap with.
 *
 * @param host          host name
 * @param port          port
 * @param adminUser     a superuser
 * @param adminPassword its password (empty with trust authentication)
 * @param description   how to describe it to the user
 */
record PostgresServer(String host, int port, String adminUser, String adminPassword, String description) {

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
    }
}
