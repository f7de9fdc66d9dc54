package org.familycontext.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.familycontext.identity.ActiveSession;
import org.familycontext.identity.SessionCookie;
import org.familycontext.identity.SessionTicket;
import org.familycontext.identity.Sessions;
import org.familycontext.identity.SignedInUser;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.SessionPolicy;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Opens, resumes and ends sessions under the council's session policy (idle and absolute
 * time-outs, read from its configuration in force). A council that is no longer in service has no
 * sessions.
 */
public final class SessionService implements Sessions {

    /** Activity is recorded at most this often, to spare the database a write per request. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final SessionStore store;
    private final TenantRegistry registry;
    private final Clock clock;

    public SessionService(SessionStore store, TenantRegistry registry, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.clock = clock;
    }

    /** Opens a new session for a user who has just signed in. */
    public SessionTicket open(SignedInUser user, Optional<String> idToken) {
        SessionPolicy policy = policyOf(user.council()).orElseThrow(() ->
                new IllegalStateException("council " + user.council() + " is not in service"));
        Instant now = clock.instant();
        String cookieValue = user.council().value() + "." + RandomTokens.next();
        String csrf = RandomTokens.next();
        Instant absolute = now.plus(policy.absolute());
        store.save(new StoredSession(RandomTokens.fingerprint(cookieValue), user.council(), user.subject(),
                user.displayName(), user.roles(), csrf, idToken, now, now, earliest(now.plus(policy.idle()), absolute),
                absolute));
        return new SessionTicket(cookieValue, csrf, absolute);
    }

    @Override
    public Optional<ActiveSession> resume(CouncilId council, String cookieValue) {
        Optional<SessionPolicy> policy = policyOf(council);
        if (policy.isEmpty() || !SessionCookie.claimedCouncil(cookieValue).equals(Optional.of(council))) {
            return Optional.empty();
        }
        String idHash = RandomTokens.fingerprint(cookieValue);
        Optional<StoredSession> found = store.find(council, idHash);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredSession session = found.get();
        Instant absolute = earliest(session.absoluteExpiresAt(), session.signedInAt().plus(policy.get().absolute()));
        if (session.expiredAt(now) || !now.isBefore(absolute)) {
            store.delete(council, idHash);
            return Optional.empty();
        }
        if (!now.isBefore(session.lastSeenAt().plus(TOUCH_INTERVAL))) {
            store.touch(council, idHash, now, earliest(now.plus(policy.get().idle()), absolute));
        }
        return Optional.of(new ActiveSession(new SignedInUser(council, session.subject(), session.displayName(),
                session.roles(), session.signedInAt(), SignedInUser.Via.SESSION), session.csrfToken()));
    }

    @Override
    public void end(CouncilId council, String cookieValue) {
        close(council, cookieValue);
    }

    /** Ends the session the cookie names, returning what was stored (for the provider's logout). */
    public Optional<StoredSession> close(CouncilId council, String cookieValue) {
        if (!SessionCookie.claimedCouncil(cookieValue).equals(Optional.of(council))) {
            return Optional.empty();
        }
        String idHash = RandomTokens.fingerprint(cookieValue);
        Optional<StoredSession> found = store.find(council, idHash);
        found.ifPresent(s -> store.delete(council, idHash));
        return found;
    }

    private Optional<SessionPolicy> policyOf(CouncilId council) {
        return registry.council(council).map(Council::session);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
