package org.familycontext.app.persistence;

import java.util.List;
import java.util.Optional;
import org.familycontext.kernel.ModuleSchema;

/**
 * Where the schema migrations stand.
 *
 * @param attempted true once a migration run has finished, successfully or not
 * @param applied   true once every module's migrations are applied
 * @param schemas   the schemas migrated, when applied
 * @param failure   why the last run failed, when it did
 */
public record MigrationStatus(boolean attempted, boolean applied, List<String> schemas, Optional<String> failure) {

    static final MigrationStatus NOT_STARTED = new MigrationStatus(false, false, List.of(), Optional.empty());

    static MigrationStatus applied(List<ModuleSchema> schemas) {
        return new MigrationStatus(true, true, schemas.stream().map(ModuleSchema::schema).toList(), Optional.empty());
    }

    static MigrationStatus failed(Exception cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new MigrationStatus(true, false, List.of(), Optional.of(reason.lines().findFirst().orElse(reason)));
    }
}
