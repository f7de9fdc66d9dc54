package org.familycontext.identity.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.familycontext.identity.Role;
import org.familycontext.kernel.CouncilId;

/**
 * A session as stored: everything but the secret itself.
 *
 * @param idHash            SHA-256 of the cookie value
 * @param council           the council it belongs to
 * @param subject           the provider's identifier of the user
 * @param displayName       how to greet the user
 * @param roles             roles granted at sign-in
 * @param csrfToken         the session's CSRF token
 * @param idToken           the ID token, kept to end the provider's session at sign-out
 * @param signedInAt        when the user signed in
 * @param lastSeenAt        when the session was last used (updated at most once a minute)
 * @param idleExpiresAt     when it ends unless used again
 * @param absoluteExpiresAt when it ends regardless
 */
public record StoredSession(String idHash, CouncilId council, String subject, String displayName, Set<Role> roles,
                            String csrfToken, Optional<String> idToken, Instant signedInAt, Instant lastSeenAt,
                            Instant idleExpiresAt, Instant absoluteExpiresAt) {

    public StoredSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(council, "council");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(idToken, "idToken");
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(idleExpiresAt) || !now.isBefore(absoluteExpiresAt);
    }

    @Override
    public String toString() {
        return "StoredSession[" + council + ", " + subject + ", until " + absoluteExpiresAt + "]";
    }
}
