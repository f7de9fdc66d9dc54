package org.familycontext.tenancy.registry;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.familycontext.tenancy.ConfigurationProblem;

/**
 * Logs each configuration change and records it in the council's history. A change the database
 * cannot take now (it is down, say) waits and is recorded at a later scan, in order.
 */
final class ChangeRecorder {

    private static final Logger LOG = Logger.getLogger(ChangeRecorder.class.getName());
    private static final int MAX_WAITING = 1000;

    private record Timed(ConfigurationChange change, Instant at) {
    }

    private final ConfigurationHistory history;
    private final Deque<Timed> waiting = new ArrayDeque<>();

    ChangeRecorder(ConfigurationHistory history) {
        this.history = history;
    }

    synchronized void record(List<ConfigurationChange> changes, Instant at) {
        changes.forEach(change -> {
            log(change);
            if (waiting.size() < MAX_WAITING) {
                waiting.add(new Timed(change, at));
            }
        });
        flush();
    }

    synchronized int waiting() {
        return waiting.size();
    }

    private void flush() {
        while (!waiting.isEmpty()) {
            Timed next = waiting.peek();
            try {
                store(next.change(), next.at());
                waiting.remove();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Configuration history is unavailable ({0}); {1} change(s) will be recorded later",
                        new Object[] {e.toString(), waiting.size()});
                return;
            }
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
