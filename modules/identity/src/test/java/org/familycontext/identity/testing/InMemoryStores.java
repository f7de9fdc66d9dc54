package org.familycontext.identity.testing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.familycontext.identity.session.PendingSignIn;
import org.familycontext.identity.session.PendingSignInStore;
import org.familycontext.identity.session.SessionStore;
import org.familycontext.identity.session.StoredSession;
import org.familycontext.kernel.CouncilId;

/** Fast stand-ins for the database stores; like row-level security, each sees one council's rows. */
public final class InMemoryStores {

    private InMemoryStores() {
    }

    public static final class Sessions implements SessionStore {

        public final Map<String, StoredSession> rows = new ConcurrentHashMap<>();

        @Override
        public void save(StoredSession session) {
            rows.put(session.idHash(), session);
        }

        @Override
        public Optional<StoredSession> find(CouncilId council, String idHash) {
            return Optional.ofNullable(rows.get(idHash)).filter(s -> s.council().equals(council));
        }

        @Override
        public void touch(CouncilId council, String idHash, Instant lastSeenAt, Instant idleExpiresAt) {
            find(council, idHash).ifPresent(s -> rows.put(idHash, new StoredSession(s.idHash(), s.council(), s.subject(),
                    s.displayName(), s.provider(), s.roleValues(), s.csrfToken(), s.idToken(), s.signedInAt(), lastSeenAt, idleExpiresAt,
                    s.absoluteExpiresAt())));
        }

        @Override
        public void delete(CouncilId council, String idHash) {
            find(council, idHash).ifPresent(s -> rows.remove(idHash));
        }

        @Override
        public int deleteAll(CouncilId council) {
            int before = rows.size();
            rows.values().removeIf(s -> s.council().equals(council));
            return before - rows.size();
        }

        @Override
        public int deleteExpired(CouncilId council, Instant now) {
            int before = rows.size();
            rows.values().removeIf(s -> s.council().equals(council)
                    && (!now.isBefore(s.idleExpiresAt()) || !now.isBefore(s.absoluteExpiresAt())));
            return before - rows.size();
        }
    }

    public static final class Pending implements PendingSignInStore {

        public final Map<String, PendingSignIn> rows = new ConcurrentHashMap<>();

        @Override
        public void save(PendingSignIn pending) {
            rows.put(pending.stateHash(), pending);
        }

        @Override
        public Optional<PendingSignIn> take(CouncilId council, String stateHash) {
            PendingSignIn found = rows.get(stateHash);
            if (found == null || !found.council().equals(council)) {
                return Optional.empty();
            }
            return Optional.ofNullable(rows.remove(stateHash));
        }

        @Override
        public int deleteAll(CouncilId council) {
            int before = rows.size();
            rows.values().removeIf(p -> p.council().equals(council));
            return before - rows.size();
        }

        @Override
        public int deleteExpired(CouncilId council, Instant now) {
            int before = rows.size();
            rows.values().removeIf(p -> p.council().equals(council) && !now.isBefore(p.expiresAt()));
            return before - rows.size();
        }
    }
}
