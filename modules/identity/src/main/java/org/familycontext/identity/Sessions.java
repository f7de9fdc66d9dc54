package org.familycontext.identity;

import java.util.Optional;
import org.familycontext.kernel.CouncilId;

/** Signed-in sessions, kept in the council's own rows (row-level security keeps councils apart). */
public interface Sessions {

    /**
     * The session a cookie names, if it belongs to this council and has neither been idle too long
     * nor lasted too long; resuming it counts as activity.
     */
    Optional<ActiveSession> resume(CouncilId council, String cookieValue);

    /** Ends the session a cookie names, if any (a browser signing in again leaves no session behind). */
    void end(CouncilId council, String cookieValue);
}
