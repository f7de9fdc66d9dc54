package org.familycontext.identity.session;

import java.time.Instant;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;

/** Where sign-ins in flight are kept; each can be taken once. */
public interface PendingSignInStore {

    void save(PendingSignIn pending);

    /** Finds and removes the pending sign-in with this state, so it can never be completed twice. */
    Optional<PendingSignIn> take(CouncilId council, String stateHash);

    int deleteExpired(CouncilId council, Instant now);

    /** Removes every row of the council (it was switched off). */
    int deleteAll(CouncilId council);
}
