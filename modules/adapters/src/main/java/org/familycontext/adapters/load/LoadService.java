package org.familycontext.adapters.load;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.adapters.LoadRunView;
import org.familycontext.adapters.LoadRuns;
import org.familycontext.adapters.LoadTrigger;
import org.familycontext.adapters.QuarantinedRow;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.LogText;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.SourceSettings;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Starts loads (on demand, and when they are due) and answers what loads did. Loads run on the
 * executor, one per source at a time; when several servers share the database, the database decides
 * which of them runs a scheduled slot, so it runs once.
 */
public final class LoadService implements LoadRuns {

    private static final Logger LOG = Logger.getLogger(LoadService.class.getName());

    private final TenantRegistry registry;
    private final LoadPipeline pipeline;
    private final LoadRunStore store;
    private final Executor executor;
    private final Clock clock;

    public LoadService(TenantRegistry registry, LoadPipeline pipeline, LoadRunStore store, Executor executor, Clock clock) {
        this.registry = registry;
        this.pipeline = pipeline;
        this.store = store;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public Optional<UUID> start(CouncilId council, String source, LoadTrigger trigger) {
        SourceSettings settings = source(council, source);
        pipeline.recoverAbandoned(council);
        return begin(council, settings, trigger, null);
    }

    /**
     * Starts every load that is due now, council by council: a source's first load, and each
     * scheduled slot not yet loaded (one missed while all servers were down runs when one comes back).
     * Returns the runs started.
     */
    public List<UUID> startDue() {
        Instant now = clock.instant();
        List<UUID> started = new ArrayList<>();
        for (Council council : registry.councils()) {
            try {
                pipeline.recoverAbandoned(council.id());
                for (SourceSettings source : council.sources().values()) {
                    due(council.id(), source, now).ifPresent(started::add);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Council {0}: could not check its loads ({1})", new Object[] {council.id(),
                        LogText.causes(e)});
            }
        }
        return started;
    }

    @Override
    public List<LoadRunView> recent(CouncilId council, int limit) {
        return store.recent(council, limit);
    }

    @Override
    public Optional<LoadRunView> find(CouncilId council, UUID run) {
        return store.find(council, run);
    }

    @Override
    public List<QuarantinedRow> quarantine(CouncilId council, UUID run, int limit) {
        return store.quarantine(council, run, limit);
    }

    private Optional<UUID> due(CouncilId council, SourceSettings source, Instant now) {
        if (!store.everPublished(council, source.id())) {
            return begin(council, source, LoadTrigger.FIRST, LoadSlots.firstLoad(now));
        }
        Instant slot = LoadSlots.latestScheduled(source.schedule(), now);
        if (store.startedSince(council, source.id(), slot)) {
            return Optional.empty();
        }
        return begin(council, source, LoadTrigger.SCHEDULE, slot);
    }

    private Optional<UUID> begin(CouncilId council, SourceSettings source, LoadTrigger trigger, Instant slot) {
        Optional<UUID> run = pipeline.begin(council, source, trigger, slot);
        run.ifPresent(id -> {
            try {
                executor.execute(() -> pipeline.run(council, source, id));
            } catch (RejectedExecutionException e) {
                // the server is stopping: the run has no heartbeat and is cleaned up as abandoned later
                LOG.log(Level.WARNING, "Council {0}, source {1}: load {2} could not be started now",
                        new Object[] {council, source.id(), id});
            }
        });
        return run;
    }

    private SourceSettings source(CouncilId council, String source) {
        Council settings = registry.council(council)
                .orElseThrow(() -> new IllegalArgumentException("no council " + council + " is configured"));
        SourceSettings found = settings.sources().get(source);
        if (found == null) {
            throw new IllegalArgumentException("council " + council + " has no source called " + LogText.safe(source));
        }
        return found;
    }
}
