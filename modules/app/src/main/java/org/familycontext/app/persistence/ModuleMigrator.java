package org.familycontext.app.persistence;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.familycontext.kernel.ModuleSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs one module's Flyway migrations in its own schema, with its own history table there, and
 * grants named by {@code ${appRole}} to the application's role and {@code ${loaderRole}} to the
 * role that stages loads.
 */
final class ModuleMigrator {

    private static final Logger LOG = Logger.getLogger(ModuleMigrator.class.getName());
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DataSource owner;
    private final Map<String, String> roles;

    ModuleMigrator(DataSource owner, String appRole, String loaderRole) {
        this.owner = owner;
        this.roles = Map.of("appRole", roleName("fc.db.app-role", appRole), "loaderRole", roleName("fc.db.loader-role", loaderRole));
    }

    private static String roleName(String setting, String role) {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException(setting + " must be a lower-case PostgreSQL role name");
        }
        return role;
    }

    void migrate(ModuleSchema schema) {
        MigrateResult result = Flyway.configure(ModuleMigrator.class.getClassLoader())
                .dataSource(owner)
                .schemas(schema.schema())
                .defaultSchema(schema.schema())
                .createSchemas(true)
                .table("flyway_schema_history")
                .locations(schema.migrationLocation())
                .placeholders(roles)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.log(Level.INFO, "Module {0}: schema {1} at version {2} ({3} migration(s) applied now)",
                new Object[] {schema.module(), schema.schema(), result.targetSchemaVersion == null
                        ? result.initialSchemaVersion : result.targetSchemaVersion, result.migrationsExecuted});
    }
}
