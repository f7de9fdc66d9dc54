package org.familycontext.adapters.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familycontext.adapters.LoadRuns;
import org.familycontext.adapters.SourceData;
import org.familycontext.adapters.SourcesPublished;
import org.familycontext.adapters.current.CurrentSourceData;
import org.familycontext.adapters.load.AdapterRegistry;
import org.familycontext.adapters.load.LoadPipeline;
import org.familycontext.adapters.load.LoadRunStore;
import org.familycontext.adapters.load.LoadService;
import org.familycontext.adapters.spi.SourceAdapterFactory;
import org.familycontext.kernel.CouncilScope;
import org.familycontext.kernel.LogText;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Creates the load services once, and checks every {@code fc.loads.check-seconds} which loads are
 * due (first loads, nightly slots, and loads abandoned by a server that stopped).
 */
@ApplicationScoped
public class AdaptersModule {

    private static final Logger LOG = Logger.getLogger(AdaptersModule.class.getName());

    private final LoadService loads;
    private final SourceData sourceData;
    private final ManagedScheduledExecutorService scheduler;
    private final int checkSeconds;
    private final long keepAliveMillis;
    private ScheduledFuture<?> check;
    private ScheduledFuture<?> keepAlive;

    /** For CDI's client proxy only. */
    protected AdaptersModule() {
        this.loads = null;
        this.sourceData = null;
        this.scheduler = null;
        this.checkSeconds = 0;
        this.keepAliveMillis = 0;
    }

    @Inject
    public AdaptersModule(TenantRegistry registry, CouncilScope councilScope, Instance<SourceAdapterFactory> factories,
                          @AdaptersDatabase(AdaptersDatabase.Role.APPLICATION) DataSource application,
                          @AdaptersDatabase(AdaptersDatabase.Role.LOADER) DataSource loader,
                          @LoadExecutor ManagedExecutorService executor, ManagedScheduledExecutorService scheduler,
                          ManagedThreadFactory threads, Clock clock,
                          @ConfigProperty(name = "fc.sources.dir") String sourcesDirectory,
                          @ConfigProperty(name = "fc.loads.check-seconds", defaultValue = "60") int checkSeconds,
                          @ConfigProperty(name = "fc.loads.parallel", defaultValue = "2") int parallel,
                          @ConfigProperty(name = "fc.loads.heartbeat-timeout", defaultValue = "PT2M") String heartbeatTimeout,
                          Event<SourcesPublished> published) {
        LoadRunStore store = new LoadRunStore(application, councilScope);
        AdapterRegistry adapters = new AdapterRegistry(factories, Path.of(sourcesDirectory), System::getenv);
        Duration timeout = Duration.parse(heartbeatTimeout);
        LoadPipeline pipeline = new LoadPipeline(store, loader, adapters, scheduler, threads, clock, timeout);
        this.loads = new LoadService(registry, pipeline, store, executor, parallel, clock);
        this.loads.onPublished(council -> published.fireAsync(new SourcesPublished(council)));
        this.sourceData = new CurrentSourceData(application, councilScope);
        this.keepAliveMillis = Math.max(1000, timeout.toMillis() / 4);
        this.scheduler = scheduler;
        this.checkSeconds = checkSeconds;
        LOG.log(Level.INFO, "Source adapters: {0}; extracts are read from {1}", new Object[] {adapters.described().keySet(),
                Path.of(sourcesDirectory).toAbsolutePath()});
    }

    @Produces
    LoadRuns loadRuns() {
        return loads;
    }

    @Produces
    SourceData sourceData() {
        return sourceData;
    }

    void start(@Observes Startup startup) {
        check = scheduler.scheduleWithFixedDelay(this::startDue, Math.min(10, checkSeconds), checkSeconds, TimeUnit.SECONDS);
        keepAlive = scheduler.scheduleWithFixedDelay(loads::keepWaitingAlive, keepAliveMillis, keepAliveMillis,
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        for (ScheduledFuture<?> task : new ScheduledFuture<?>[] {check, keepAlive}) {
            if (task != null) {
                task.cancel(false);
            }
        }
        loads.stop();
    }

    private void startDue() {
        try {
            loads.startDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check which loads are due ({0})", LogText.causes(e));
        }
    }
}
