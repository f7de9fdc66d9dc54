package org.familycontext.tenancy.registry;

import java.util.List;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.Council;

/** A change one scan made, to be logged and recorded in the council's history. */
sealed interface ConfigurationChange {

    /** A council's file was accepted and its configuration is now in force. */
    record CouncilAccepted(Council council, StoredConfiguration source) implements ConfigurationChange {
    }

    /** A council file was refused; {@code previousInForce} names the version that stays, if any. */
    record CouncilRefused(String file, Optional<CouncilId> council, List<ConfigurationProblem> problems,
                          Optional<String> previousInForce) implements ConfigurationChange {
    }

    /** A council's last valid configuration was restored from its history at start-up. */
    record CouncilRestored(Council council) implements ConfigurationChange {
    }

    /** A council file disappeared: the council is switched off. */
    record CouncilRemoved(CouncilId council, String file) implements ConfigurationChange {
    }

    /** The region file was accepted. */
    record RegionAccepted(String name) implements ConfigurationChange {
    }

    /** The region file was refused; the previous region settings stay. */
    record RegionRefused(List<ConfigurationProblem> problems) implements ConfigurationChange {
    }
}
