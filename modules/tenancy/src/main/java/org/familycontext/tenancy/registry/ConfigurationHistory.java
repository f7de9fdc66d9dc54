package org.familycontext.tenancy.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.Council;

/**
 * Each council's configuration history in the database: its last valid configuration (so it
 * survives a restart while the file is broken) and an append-only log of changes.
 */
public interface ConfigurationHistory {

    /** The council's last accepted configuration, if one is stored. */
    Optional<StoredConfiguration> lastValid(CouncilId council);

    /** Records that a configuration was accepted and is now the one in force. */
    void accepted(Council council, StoredConfiguration source, Instant at);

    /** Records that a file was refused, with its problems. */
    void refused(CouncilId council, String file, List<ConfigurationProblem> problems, Instant at);

    /** Records that a council's file was removed: the council is switched off. */
    void removed(CouncilId council, String file, Instant at);
}
