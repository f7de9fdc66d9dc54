package org.familycontext.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.familycontext.identity.ActiveSession;
import org.familycontext.identity.Role;
import org.familycontext.identity.SessionCookie;
import org.familycontext.identity.SessionTicket;
import org.familycontext.identity.Sessions;
import org.familycontext.identity.SignedInUser;
import org.familycontext.identity.oidc.ClaimRoles;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Opens, resumes and ends sessions under the council's configuration in force: its idle and
 * absolute time-outs (a shortened one applies to open sessions at once), its provider (a session
 * opened under another issuer, client or role claim ends), and its role mapping (roles are worked
 * out from the stored claim values at every request, so a tightened mapping applies at once). A
 * council no longer in service has no sessions.
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

    /**
     * Opens a new session for a user who has just signed in.
     *
     * @param user       who signed in
     * @param roleValues the values of the council's role claim in their ID token
     * @param idToken    the ID token, for the provider's logout
     */
    public SessionTicket open(SignedInUser user, Set<String> roleValues, Optional<String> idToken) {
        Council council = registry.council(user.council()).orElseThrow(() ->
                new IllegalStateException("council " + user.council() + " is not in service"));
        Instant now = clock.instant();
        String cookieValue = user.council().value() + "." + RandomTokens.next();
        String csrf = RandomTokens.next();
        Instant absolute = now.plus(council.session().absolute());
        Instant idle = now.plus(council.session().idle());
        store.save(new StoredSession(RandomTokens.fingerprint(cookieValue), user.council(), user.subject(),
                user.displayName(), ProviderFingerprint.of(council.identityProvider()), roleValues, csrf, idToken, now, now,
                idle.isBefore(absolute) ? idle : absolute, absolute));
        return new SessionTicket(cookieValue, csrf, absolute);
    }

    @Override
    public Optional<ActiveSession> resume(CouncilId council, String cookieValue) {
        Optional<Council> inForce = registry.council(council);
        if (inForce.isEmpty() || !SessionCookie.claimedCouncil(cookieValue).equals(Optional.of(council))) {
            return Optional.empty();
        }
        String idHash = RandomTokens.fingerprint(cookieValue);
        Optional<StoredSession> found = store.find(council, idHash).filter(s -> s.council().equals(council));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredSession session = found.get();
        Council settings = inForce.get();
        Instant now = clock.instant();
        Set<Role> roles = ClaimRoles.granted(session.roleValues(), settings.identityProvider());
        if (session.endedAt(now, settings.session().idle(), settings.session().absolute()) || roles.isEmpty()
                || !session.provider().equals(ProviderFingerprint.of(settings.identityProvider()))) {
            store.delete(council, idHash);
            return Optional.empty();
        }
        if (!now.isBefore(session.lastSeenAt().plus(TOUCH_INTERVAL))) {
            Instant idle = now.plus(settings.session().idle());
            Instant absolute = session.signedInAt().plus(settings.session().absolute());
            store.touch(council, idHash, now, idle.isBefore(absolute) ? idle : absolute);
        }
        return Optional.of(new ActiveSession(new SignedInUser(council, session.subject(), session.displayName(), roles,
                session.signedInAt(), SignedInUser.Via.SESSION), session.csrfToken()));
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
}
