package org.familycontext.app.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familycontext.app.wiring.OwnerDatabase;
import org.familycontext.kernel.ModuleSchema;

/**
 * Migrates every module's schema at start-up, before anything else uses the database, as the
 * owner role. If the database is not there yet, tries again every {@code RETRY_SECONDS} until it
 * is; readiness stays down meanwhile.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
    private static final int RETRY_SECONDS = 15;

    private final ModuleMigrator migrator;
    private final List<ModuleSchema> schemas;
    private final ManagedScheduledExecutorService scheduler;
    private volatile MigrationStatus status = MigrationStatus.NOT_STARTED;
    private ScheduledFuture<?> retry;

    /** For CDI's client proxy only. */
    protected SchemaMigrations() {
        this.migrator = null;
        this.schemas = null;
        this.scheduler = null;
    }

    @Inject
    public SchemaMigrations(@OwnerDatabase DataSource owner, Instance<ModuleSchema> schemas,
                            @ConfigProperty(name = "fc.db.app-role", defaultValue = "fc_app") String appRole,
                            @ConfigProperty(name = "fc.db.loader-role", defaultValue = "fc_loader") String loaderRole,
                            ManagedScheduledExecutorService scheduler) {
        this.migrator = new ModuleMigrator(owner, appRole, loaderRole);
        this.schemas = schemas.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).toList();
        this.scheduler = scheduler;
    }

    void migrateAtStartup(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) Startup startup) {
        if (!migrateAll()) {
            retry = scheduler.scheduleWithFixedDelay(() -> {
                if (migrateAll()) {
                    retry.cancel(false);
                }
            }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Where the migrations stand. */
    public MigrationStatus status() {
        return status;
    }

    @PreDestroy
    void stop() {
        if (retry != null) {
            retry.cancel(false);
        }
    }

    private synchronized boolean migrateAll() {
        if (status.applied()) {
            return true;
        }
        try {
            for (ModuleSchema schema : schemas) {
                migrator.migrate(schema);
            }
            status = MigrationStatus.applied(schemas);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Database migrations failed; retrying in " + RETRY_SECONDS + " s", e);
            status = MigrationStatus.failed(e);
            return false;
        }
    }
}
