package org.familycontext.identity.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.familycontext.kernel.CouncilId;

/**
 * A session as stored: everything but the secret itself.
 *
 * @param idHash            SHA-256 of the cookie value
 * @param council           the council it belongs to
 * @param subject           the provider's identifier of the user
 * @param displayName       how to greet the user
 * @param provider          a fingerprint of the council's provider settings at sign-in
 * @param roleValues        the values of the role claim at sign-in (roles follow the mapping in force)
 * @param csrfToken         the session's CSRF token
 * @param idToken           the ID token, kept to end the provider's session at sign-out
 * @param signedInAt        when the user signed in
 * @param lastSeenAt        when the session was last used (updated at most once a minute)
 * @param idleExpiresAt     when it ends unless used again
 * @param absoluteExpiresAt when it ends regardless
 */
public record StoredSession(String idHash, CouncilId council, String subject, String displayName, String provider,
                            Set<String> roleValues,
                            String csrfToken, Optional<String> idToken, Instant signedInAt, Instant lastSeenAt,
                            Instant idleExpiresAt, Instant absoluteExpiresAt) {

    public StoredSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(provider, "provider");
        roleValues = Set.copyOf(roleValues);
        Objects.requireNonNull(idToken, "idToken");
    }

    /** Ended by now, the idle limit taken as the stricter of the stored one and {@code idle} after last use. */
    boolean endedAt(Instant now, Duration idle, Duration absolute) {
        Instant idleEnd = idleExpiresAt.isBefore(lastSeenAt.plus(idle)) ? idleExpiresAt : lastSeenAt.plus(idle);
        Instant absoluteEnd = absoluteExpiresAt.isBefore(signedInAt.plus(absolute)) ? absoluteExpiresAt : signedInAt.plus(absolute);
        return !now.isBefore(idleEnd) || !now.isBefore(absoluteEnd);
    }

    @Override
    public String toString() {
        return "StoredSession[" + council + ", " + subject + ", until " + absoluteExpiresAt + "]";
    }
}
