package org.familycontext.kernel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Declares that a module owns a database schema. The application migrates each declared schema
 * with Flyway from {@code classpath:db/migration/<schema>}, keeping the module's own history table
 * inside that schema. Modules publish one as a CDI bean (a producer method).
 *
 * @param module the module's name, for logs and health details
 * @param schema the PostgreSQL schema the module owns
 * @param order  migration order: lower first (a module migrates after those it builds on)
 */
public record ModuleSchema(String module, String schema, int order) {

    private static final Pattern SQL_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    public ModuleSchema {
        Objects.requireNonNull(module, "module");
        if (schema == null || !SQL_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema name must be lower-case letters, digits or _: " + schema);
        }
    }

    /** Where this schema's Flyway migrations live on the class path. */
    public String migrationLocation() {
        return "classpath:db/migration/" + schema;
    }
}
