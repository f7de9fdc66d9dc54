package org.familycontext.identity.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.familycontext.identity.session.StoredSession;
import org.familycontext.identity.session.SessionStore;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.CouncilScope;

/** Sessions in {@code identity.session}, each call in the council's own transaction. */
public final class JpaSessionStore implements SessionStore {

    private final EntityManager entityManager;
    private final CouncilScope councilScope;

    public JpaSessionStore(EntityManager entityManager, CouncilScope councilScope) {
        this.entityManager = entityManager;
        this.councilScope = councilScope;
    }

    @Override
    public void save(StoredSession session) {
        councilScope.run(session.council(), () -> {
            entityManager.persist(new SessionRow(session));
            entityManager.flush();
        });
    }

    @Override
    public Optional<StoredSession> find(CouncilId council, String idHash) {
        return councilScope.call(council, () -> Optional.ofNullable(entityManager.find(SessionRow.class, idHash))
                .map(SessionRow::toSession));
    }

    @Override
    public void touch(CouncilId council, String idHash, Instant lastSeenAt, Instant idleExpiresAt) {
        councilScope.run(council, () -> {
            SessionRow row = entityManager.find(SessionRow.class, idHash);
            if (row != null) {
                row.touch(lastSeenAt, idleExpiresAt);
                entityManager.flush();
            }
        });
    }

    @Override
    public void delete(CouncilId council, String idHash) {
        councilScope.run(council, () -> entityManager.createQuery("DELETE FROM SessionRow s WHERE s.idHash = :id")
                .setParameter("id", idHash).executeUpdate());
    }

    @Override
    public int deleteExpired(CouncilId council, Instant now) {
        return councilScope.call(council, () -> entityManager.createQuery(
                        "DELETE FROM SessionRow s WHERE s.councilId = :council "
                                + "AND (s.idleExpiresAt <= :now OR s.absoluteExpiresAt <= :now)")
                .setParameter("council", council.value())
                .setParameter("now", SessionRow.utc(now))
                .executeUpdate());
    }

    @Override
    public int deleteAll(CouncilId council) {
        return councilScope.call(council, () -> entityManager.createQuery("DELETE FROM SessionRow s WHERE s.councilId = :council")
                .setParameter("council", council.value()).executeUpdate());
    }
}
