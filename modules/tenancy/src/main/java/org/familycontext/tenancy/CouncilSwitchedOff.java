package org.familycontext.tenancy;

import java.util.Objects;
import org.familycontext.kernel.CouncilId;

/**
 * Event: a council was switched off (its configuration file removed). Modules holding the council's
 * transient data (sessions, say) end it.
 *
 * @param council the council
 */
public record CouncilSwitchedOff(CouncilId council) {

    public CouncilSwitchedOff {
        Objects.requireNonNull(council, "council");
    }
}
