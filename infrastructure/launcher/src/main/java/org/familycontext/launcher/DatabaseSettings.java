package org.familycontext.launcher;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database, roles and passwords a local run uses, and the environment that hands them to the
 * server (the FC_DB_* variables that liberty/server.xml reads).
 *
 * @param database      database name
 * @param ownerRole     the role that owns the schemas and runs migrations
 * @param ownerPassword its password
 * @param appRole       the application's role
 * @param appPassword   its password
 * @param loaderRole     the role that stages loads with COPY (INSERT on staging tables only)
 * @param loaderPassword its password
 */
record DatabaseSettings(String database, String ownerRole, String ownerPassword, String appRole, String appPassword,
                        String loaderRole, String loaderPassword) {

    /** Local-run settings with fresh random passwords (never reused, never written to disk). */
    static DatabaseSettings local(String database) {
        return new DatabaseSettings(database, "fc_owner", randomPassword(), "fc_app", randomPassword(), "fc_loader",
                randomPassword());
    }

    Map<String, String> environment(PostgresServer server) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FC_DB_URL", server.jdbcUrl(database));
        env.put("FC_DB_USER", appRole);
        env.put("FC_DB_PASSWORD", appPassword);
        env.put("FC_DB_OWNER_USER", ownerRole);
        env.put("FC_DB_OWNER_PASSWORD", ownerPassword);
        env.put("FC_DB_APP_ROLE", appRole);
        env.put("FC_DB_LOADER_USER", loaderRole);
        env.put("FC_DB_LOADER_PASSWORD", loaderPassword);
        env.put("FC_DB_LOADER_ROLE", loaderRole);
        return env;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
