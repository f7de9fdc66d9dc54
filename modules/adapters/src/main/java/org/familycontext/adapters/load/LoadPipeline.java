package org.familycontext.adapters.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.familycontext.adapters.LoadStatus;
import org.familycontext.adapters.LoadTrigger;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.SourceAdapter;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.LogText;
import org.familycontext.tenancy.SourceSettings;

/**
 * One load run from start to end: stage the extract, check what was staged under row-level
 * security, then publish it whole, or keep the current data and say why. A load is refused when the
 * extract is broken as a whole, has no usable row, or more than half its rows are quarantined; it is
 * UNCHANGED when it read exactly what the current load read. Loads that died with their server
 * (no heartbeat for a while) are marked failed and their staged rows removed.
 */
public final class LoadPipeline {

    private static final Logger LOG = Logger.getLogger(LoadPipeline.class.getName());
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final LoadRunStore store;
    private final AdapterRegistry adapters;
    private final ExtractStaging staging;
    private final ScheduledExecutorService ticker;
    private final Clock clock;
    private final Duration heartbeatTimeout;

    /**
     * @param store            load runs, as the application role
     * @param loader           the loader role's data source (COPY into staging only)
     * @param adapters         the adapters
     * @param ticker           runs the heartbeat of running loads
     * @param threads          makes the threads that read extracts while loads map and stage them
     * @param clock            the clock
     * @param heartbeatTimeout how long without a heartbeat before a running load counts as dead
     */
    public LoadPipeline(LoadRunStore store, DataSource loader, AdapterRegistry adapters, ScheduledExecutorService ticker,
                        ThreadFactory threads, Clock clock, Duration heartbeatTimeout) {
        this.store = store;
        this.ticker = ticker;
        this.adapters = adapters;
        this.staging = new ExtractStaging(loader, threads);
        this.clock = clock;
        this.heartbeatTimeout = heartbeatTimeout;
    }

    /**
     * Records a new running load.
     *
     * @param slot the scheduled time it is for (at most one load per slot), or null for one on demand
     * @return the run's id; empty when the slot was taken or the source is loading already
     */
    public Optional<UUID> begin(CouncilId council, SourceSettings source, LoadTrigger trigger, Instant slot) {
        return store.begin(council, source, trigger, slot, clock.instant());
    }

    /** Runs a begun load to its end. Never throws: how it ended is recorded on the run. */
    public LoadStatus run(CouncilId council, SourceSettings source, UUID run) {
        Instant started = clock.instant();
        ExtractStaging.Staged staged = null;
        AtomicInteger progress = new AtomicInteger();
        long period = Math.max(1, heartbeatTimeout.toMillis() / 4);
        ScheduledFuture<?> heartbeat = ticker.scheduleAtFixedRate(() -> beat(council, run, progress.get()), period, period,
                TimeUnit.MILLISECONDS);
        try (SourceAdapter adapter = adapters.open(council, source)) {
            staged = staging.stage(adapter, council, source, run, LocalDate.ofInstant(started, UK), progress::set);
            LoadStatus status = conclude(council, source, run, staged);
            LOG.log(Level.INFO, "Council {0}, source {1}: load {2} {3} ({4} rows read, {5} accepted, {6} quarantined, {7} ms)",
                    new Object[] {council, source.id(), run, status, staged.read(), staged.accepted(), staged.quarantined(),
                            Duration.between(started, clock.instant()).toMillis()});
            return status;
        } catch (ExtractRefused e) {
            return end(council, source, run, LoadStatus.REFUSED, staged, e.getMessage());
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return end(council, source, run, LoadStatus.FAILED, staged, "the load failed: " + LogText.causes(e));
        } finally {
            heartbeat.cancel(false);
        }
    }

    /** Records a heartbeat for a begun load that waits its turn. */
    public void keepAlive(CouncilId council, UUID run) {
        beat(council, run, 0);
    }

    /** Ends a begun load that will not run, as failed, with the reason. */
    public void abandon(CouncilId council, UUID run, String reason) {
        try {
            store.finish(council, run, LoadStatus.FAILED, new LoadRunStore.Outcome(null, null, null, 0, 0, 0, Map.of(), reason),
                    clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Council {0}: load {1} could not be ended ({2}); it will be cleaned up as abandoned",
                    new Object[] {council, run, LogText.causes(e)});
        }
    }

    /** Marks the council's loads whose server died mid-load as failed and removes what they staged. */
    public int recoverAbandoned(CouncilId council) {
        List<UUID> abandoned = store.abandoned(council, clock.instant().minus(heartbeatTimeout));
        for (UUID run : abandoned) {
            store.discard(council, run);
            store.finish(council, run, LoadStatus.FAILED, new LoadRunStore.Outcome(null, null, null, 0, 0, 0, Map.of(),
                    "the load stopped without finishing (its server stopped); what it staged was removed"), clock.instant());
            LOG.log(Level.WARNING, "Council {0}: load {1} had stopped without finishing; marked failed and cleaned up",
                    new Object[] {council, run});
        }
        return abandoned.size();
    }

    private void beat(CouncilId council, UUID run, int rowsRead) {
        try {
            store.heartbeat(council, run, rowsRead, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Council {0}: load {1} could not record its heartbeat ({2})",
                    new Object[] {council, run, LogText.causes(e)});
        }
    }

    private LoadStatus conclude(CouncilId council, SourceSettings source, UUID run, ExtractStaging.Staged staged) {
        int counted = store.staged(council, run, source.kind());
        if (counted != staged.accepted()) {
            throw new IllegalStateException("staged " + staged.accepted() + " rows but " + counted + " are visible to the council");
        }
        if (staged.accepted() == 0) {
            return end(council, source, run, LoadStatus.REFUSED, staged, "no row of the extract could be used; see the quarantine");
        }
        if (staged.quarantined() * 2L > staged.read()) {
            return end(council, source, run, LoadStatus.REFUSED, staged, staged.quarantined() + " of " + staged.read()
                    + " rows were quarantined (more than half): the extract looks wrong, so the current data stays");
        }
        if (store.currentDigest(council, source.id()).filter(staged.digest()::equals).isPresent()) {
            return end(council, source, run, LoadStatus.UNCHANGED, staged, null);
        }
        store.publish(council, source.id(), run, outcome(staged, null), clock.instant());
        for (UUID old : store.superseded(council, source.id(), 0)) {
            store.discard(council, old);
        }
        return LoadStatus.PUBLISHED;
    }

    private LoadStatus end(CouncilId council, SourceSettings source, UUID run, LoadStatus status, ExtractStaging.Staged staged,
                           String failure) {
        try {
            store.discard(council, run);
            store.finish(council, run, status, staged == null ? new LoadRunStore.Outcome(null, null, null, 0, 0, 0, Map.of(), failure)
                    : outcome(staged, failure), clock.instant());
            if (status != LoadStatus.UNCHANGED) {
                LOG.log(Level.WARNING, "Council {0}, source {1}: load {2} {3}: {4}",
                        new Object[] {council, source.id(), run, status, failure});
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Council {0}, source {1}: load {2} could not be recorded as {3} ({4}); it will be cleaned "
                    + "up as abandoned", new Object[] {council, source.id(), run, status, LogText.causes(e)});
        }
        return status;
    }

    private static LoadRunStore.Outcome outcome(ExtractStaging.Staged staged, String failure) {
        return new LoadRunStore.Outcome(staged.extract(), staged.digest(), staged.currentAsOf(), staged.read(), staged.accepted(),
                staged.quarantined(), staged.report(), failure);
    }
}
