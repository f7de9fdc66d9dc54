package org.familycontext.adapters;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.familycontext.kernel.CouncilId;

/** Loads of councils' source extracts: start one, and see how loads went. */
public interface LoadRuns {

    /**
     * Starts a load of a council's source now, in the background.
     *
     * @return the new run's id, or empty when the source is already loading
     * @throws IllegalArgumentException when the council has no such source
     */
    Optional<UUID> start(CouncilId council, String source, LoadTrigger trigger);

    /** The council's most recent load runs, newest first. */
    List<LoadRunView> recent(CouncilId council, int limit);

    /** One load run of the council. */
    Optional<LoadRunView> find(CouncilId council, UUID run);

    /** The rows a load run quarantined, in row order. */
    List<QuarantinedRow> quarantine(CouncilId council, UUID run, int limit);
}
