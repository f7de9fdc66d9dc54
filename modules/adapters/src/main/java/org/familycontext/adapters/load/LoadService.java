package org.familycontext.adapters.load;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.adapters.LoadRunView;
import org.familycontext.adapters.LoadRuns;
import org.familycontext.adapters.LoadStatus;
import org.familycontext.adapters.LoadTrigger;
import org.familycontext.adapters.QuarantinedRow;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.LogText;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.SourceSettings;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Starts loads (on demand, and when they are due) and answers what loads did. Loads run on the
 * executor, at most {@code parallel} at a time (the rest wait their turn, kept alive by
 * {@link #keepWaitingAlive()}), and one per source at a time; when several servers share the
 * database, the database decides which of them runs a scheduled slot, so it runs once.
 */
public final class LoadService implements LoadRuns {

    private static final Logger LOG = Logger.getLogger(LoadService.class.getName());

    private final TenantRegistry registry;
    private final LoadPipeline pipeline;
    private final LoadRunStore store;
    private final Executor executor;
    private final int parallel;
    private final Clock clock;
    private final Deque<Queued> waiting = new ArrayDeque<>();
    private final List<java.util.function.Consumer<CouncilId>> publishedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private int running;
    private boolean stopped;

    /** A begun load waiting for its turn. */
    private record Queued(CouncilId council, SourceSettings source, UUID run) {
    }

    public LoadService(TenantRegistry registry, LoadPipeline pipeline, LoadRunStore store, Executor executor, int parallel,
                       Clock clock) {
        if (parallel < 1) {
            throw new IllegalArgumentException("fc.loads.parallel must be at least 1");
        }
        this.registry = registry;
        this.pipeline = pipeline;
        this.store = store;
        this.executor = executor;
        this.parallel = parallel;
        this.clock = clock;
    }

    /** Tells the listener, on the loading thread, each time a load of a council is published. */
    public void onPublished(java.util.function.Consumer<CouncilId> listener) {
        publishedListeners.add(listener);
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
        synchronized (this) {
            if (stopped) {
                return Optional.empty();
            }
        }
        Optional<UUID> run = pipeline.begin(council, source, trigger, slot);
        run.ifPresent(id -> queue(new Queued(council, source, id), trigger == LoadTrigger.MANUAL));
        return run;
    }

    /** Records a heartbeat for the loads waiting their turn, so that no server takes them for abandoned. */
    public void keepWaitingAlive() {
        List<Queued> queued;
        synchronized (this) {
            queued = List.copyOf(waiting);
        }
        for (Queued load : queued) {
            pipeline.keepAlive(load.council(), load.run());
        }
    }

    /** The server is stopping: loads still waiting end as failed; running ones are left to end or be found abandoned. */
    public void stop() {
        List<Queued> queued;
        synchronized (this) {
            stopped = true;
            queued = List.copyOf(waiting);
            waiting.clear();
        }
        for (Queued load : queued) {
            pipeline.abandon(load.council(), load.run(), "the server stopped before the load started");
        }
    }

    private synchronized void queue(Queued load, boolean first) {
        if (first) {
            waiting.addFirst(load);
        } else {
            waiting.addLast(load);
        }
        startWaiting();
    }

    private synchronized void startWaiting() {
        while (!stopped && running < parallel && !waiting.isEmpty()) {
            Queued next = waiting.poll();
            running++;
            try {
                executor.execute(() -> runThenNext(next));
            } catch (RejectedExecutionException e) {
                running--;
                // the server is stopping: the run has no heartbeat and is cleaned up as abandoned later
                LOG.log(Level.WARNING, "Council {0}, source {1}: load {2} could not be started now",
                        new Object[] {next.council(), next.source().id(), next.run()});
                return;
            }
        }
    }

    private void runThenNext(Queued load) {
        try {
            if (pipeline.run(load.council(), load.source(), load.run()) == LoadStatus.PUBLISHED) {
                for (java.util.function.Consumer<CouncilId> listener : publishedListeners) {
                    listener.accept(load.council());
                }
            }
        } finally {
            synchronized (this) {
                running--;
                startWaiting();
            }
        }
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
