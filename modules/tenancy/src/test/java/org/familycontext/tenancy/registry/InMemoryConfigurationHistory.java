package org.familycontext.tenancy.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.Council;

/** A fast stand-in for the database history, for unit tests; can be switched off to act as an outage. */
final class InMemoryConfigurationHistory implements ConfigurationHistory {

    final Map<CouncilId, StoredConfiguration> lastValid = new HashMap<>();
    final List<String> events = new ArrayList<>();
    boolean unavailable;

    @Override
    public Optional<StoredConfiguration> lastValid(CouncilId council) {
        failIfUnavailable();
        return Optional.ofNullable(lastValid.get(council));
    }

    @Override
    public void accepted(Council council, StoredConfiguration source, Instant at) {
        failIfUnavailable();
        lastValid.put(council.id(), source);
        events.add("ACCEPTED " + council.id() + " " + council.version());
    }

    @Override
    public void refused(CouncilId council, String file, List<ConfigurationProblem> problems, Instant at) {
        failIfUnavailable();
        events.add("REFUSED " + council + " " + problems.size());
    }

    @Override
    public void removed(CouncilId council, String file, Instant at) {
        failIfUnavailable();
        lastValid.remove(council);
        events.add("REMOVED " + council);
    }

    private void failIfUnavailable() {
        if (unavailable) {
            throw new IllegalStateException("database unavailable");
        }
    }
}
