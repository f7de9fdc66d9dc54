package org.familycontext.tenancy.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.familycontext.tenancy.ConfigurationProblem;

/**
 * Logs each configuration change at once and records it in the council's history in the
 * background, so that a slow or absent database never delays a reload. Changes the database cannot
 * take now wait, in order, and are tried again after {@link #RETRY_AFTER}.
 */
final class ChangeRecorder {

    private static final Logger LOG = Logger.getLogger(ChangeRecorder.class.getName());
    private static final int MAX_WAITING = 1000;
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private record Timed(ConfigurationChange change, Instant at) {
    }

    private final ConfigurationHistory history;
    private final Executor executor;
    private final Deque<Timed> waiting = new ArrayDeque<>();
    private final AtomicBoolean flushing = new AtomicBoolean();
    private volatile Instant retryAfter = Instant.MIN;

    ChangeRecorder(ConfigurationHistory history, Executor executor) {
        this.history = history;
        this.executor = executor;
    }

    /** Logs the changes and queues them for the history; also retries what waits, when it is time. */
    void record(List<ConfigurationChange> changes, Instant now) {
        changes.forEach(ChangeRecorder::log);
        synchronized (waiting) {
            changes.forEach(change -> {
                if (waiting.size() < MAX_WAITING) {
                    waiting.add(new Timed(change, now));
                }
            });
            if (waiting.isEmpty() || now.isBefore(retryAfter)) {
                return;
            }
        }
        if (flushing.compareAndSet(false, true)) {
            executor.execute(() -> {
                try {
                    flush(now);
                } finally {
                    flushing.set(false);
                }
            });
        }
    }

    int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    private void flush(Instant now) {
        Timed next;
        while ((next = peek()) != null) {
            try {
                store(next.change(), next.at());
            } catch (RuntimeException e) {
                retryAfter = now.plus(RETRY_AFTER);
                LOG.log(Level.WARNING, "Configuration history is unavailable ({0}); {1} change(s) wait and are "
                        + "tried again in {2} s", new Object[] {e.toString(), waiting(), RETRY_AFTER.toSeconds()});
                return;
            }
            synchronized (waiting) {
                waiting.remove();
            }
        }
    }

    private Timed peek() {
        synchronized (waiting) {
            return waiting.peek();
        }
    }

    private void store(ConfigurationChange change, Instant at) {
        if (change instanceof ConfigurationChange.CouncilAccepted a) {
            history.accepted(a.council(), a.source(), at);
        } else if (change instanceof ConfigurationChange.CouncilRefused r && r.council().isPresent()) {
            history.refused(r.council().get(), r.file(), r.problems(), at);
        } else if (change instanceof ConfigurationChange.CouncilRemoved r) {
            history.removed(r.council(), r.file(), at);
        }
    }

    private static void log(ConfigurationChange change) {
        if (change instanceof ConfigurationChange.CouncilAccepted a) {
            LOG.log(Level.INFO, "Council {0}: configuration {1} from {2} is in force",
                    new Object[] {a.council().id(), a.council().version(), a.source().file().name()});
        } else if (change instanceof ConfigurationChange.CouncilRestored r) {
            LOG.log(Level.INFO, "Council {0}: last valid configuration {1} restored from its history",
                    new Object[] {r.council().id(), r.council().version()});
        } else if (change instanceof ConfigurationChange.CouncilRefused r) {
            LOG.log(Level.WARNING, "Tenant configuration file {0} refused; {1}:\n{2}", new Object[] {r.file(),
                r.previousInForce().map(v -> "configuration " + v + " stays in force").orElse("the council is not in service"),
                lines(r.problems())});
        } else if (change instanceof ConfigurationChange.CouncilRemoved r) {
            LOG.log(Level.INFO, "Council {0}: file {1} removed, the council is switched off",
                    new Object[] {r.council(), r.file()});
        } else if (change instanceof ConfigurationChange.RegionAccepted a) {
            LOG.log(Level.INFO, "Region settings \"{0}\" are in force", a.name());
        } else if (change instanceof ConfigurationChange.RegionRefused r) {
            LOG.log(Level.WARNING, "Region settings refused; the previous settings stay in force:\n{0}", lines(r.problems()));
        }
    }

    private static String lines(List<ConfigurationProblem> problems) {
        return problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n"));
    }
}
