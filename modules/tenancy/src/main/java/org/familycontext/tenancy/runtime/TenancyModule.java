package org.familycontext.tenancy.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familycontext.kernel.CouncilScope;
import org.familycontext.tenancy.CouncilSwitchedOff;
import org.familycontext.tenancy.TenantRegistry;
import org.familycontext.tenancy.history.JpaConfigurationHistory;
import org.familycontext.tenancy.registry.LiveTenantRegistry;

/**
 * Starts the tenant registry with the application, after the database migrations, and rescans
 * {@code tenant-config/} every few seconds ({@code fc.tenant-config.scan-seconds}, default 2) so
 * that a changed file takes effect well within 10 seconds, without a restart.
 */
@ApplicationScoped
public class TenancyModule {

    private static final Logger LOG = Logger.getLogger(TenancyModule.class.getName());

    private final LiveTenantRegistry registry;
    private final ManagedScheduledExecutorService scheduler;
    private final int scanSeconds;
    private ScheduledFuture<?> scanning;

    /** For CDI's client proxy only. */
    protected TenancyModule() {
        this.registry = null;
        this.scheduler = null;
        this.scanSeconds = 0;
    }

    @Inject
    public TenancyModule(@ConfigProperty(name = "fc.tenant-config.dir") String directory,
                         @ConfigProperty(name = "fc.tenant-config.scan-seconds", defaultValue = "2") int scanSeconds,
                         @TenancyDatabase EntityManager entityManager, CouncilScope councilScope, Clock clock,
                         ManagedScheduledExecutorService scheduler, Event<CouncilSwitchedOff> switchedOff) {
        this.registry = new LiveTenantRegistry(Path.of(directory),
                new JpaConfigurationHistory(entityManager, councilScope), scheduler, clock,
                council -> switchedOff.fireAsync(new CouncilSwitchedOff(council)));
        this.scheduler = scheduler;
        this.scanSeconds = Math.max(1, scanSeconds);
    }

    @Produces
    TenantRegistry tenantRegistry() {
        return registry;
    }

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION) Startup startup) {
        LOG.log(Level.INFO, "Reading tenant configuration from {0}, rescanning every {1} s",
                new Object[] {registry.status().directory(), scanSeconds});
        scanSafely();
        scanning = scheduler.scheduleWithFixedDelay(this::scanSafely, scanSeconds, scanSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (scanning != null) {
            scanning.cancel(false);
        }
    }

    /** A failed scan is logged and retried at the next one; it must never stop the schedule. */
    private void scanSafely() {
        try {
            registry.scan();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Tenant configuration scan failed; the configuration in force stays", e);
        }
    }
}
