package org.familycontext.identity.session;

import java.time.Instant;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;

/** Where sessions are kept; every call acts for one council only. */
public interface SessionStore {

    void save(StoredSession session);

    Optional<StoredSession> find(CouncilId council, String idHash);

    void touch(CouncilId council, String idHash, Instant lastSeenAt, Instant idleExpiresAt);

    void delete(CouncilId council, String idHash);

    /** Removes the council's sessions that have ended by {@code now}; returns how many. */
    int deleteExpired(CouncilId council, Instant now);

    /** Removes every row of the council (it was switched off). */
    int deleteAll(CouncilId council);
}
