package org.familycontext.adapters;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.familycontext.adapters.csv.CsvFileAdapterFactory;
import org.familycontext.adapters.load.AdapterRegistry;
import org.familycontext.adapters.load.LoadPipeline;
import org.familycontext.adapters.load.LoadRunStore;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.StandaloneCouncilScope;
import org.familycontext.tenancy.SourceSettings;

/**
 * The load pipeline outside the server, for tools such as {@code ./fc bench load}: CSV drops only,
 * one load at a time on the caller's thread, through the same staging, checks and publication as
 * the server's loads.
 */
public final class StandaloneLoads implements AutoCloseable {

    private static final Duration HEARTBEAT_TIMEOUT = Duration.ofMinutes(2);

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final LoadRunStore store;
    private final LoadPipeline pipeline;

    /**
     * @param scope     council-scoped transactions over the application role's data source
     * @param loader    the loader role's data source
     * @param dropRoot  the folder holding one drop folder per council
     * @param clock     the clock
     */
    public StandaloneLoads(StandaloneCouncilScope scope, DataSource loader, Path dropRoot, Clock clock) {
        this.store = new LoadRunStore(scope.dataSource(), scope);
        this.pipeline = new LoadPipeline(store, loader, new AdapterRegistry(List.of(new CsvFileAdapterFactory()), dropRoot, name -> null),
                ticker, Thread::new, clock, HEARTBEAT_TIMEOUT);
    }

    /**
     * Loads a council's source now and returns how it went.
     *
     * @throws IllegalStateException when the source is loading already
     */
    public LoadRunView load(CouncilId council, SourceSettings source, LoadTrigger trigger) {
        UUID run = pipeline.begin(council, source, trigger, null)
                .orElseThrow(() -> new IllegalStateException("the source " + source.id() + " is loading already"));
        pipeline.run(council, source, run);
        return store.find(council, run).orElseThrow();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
