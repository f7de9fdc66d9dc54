package org.familycontext.identity.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.familycontext.identity.session.PendingSignIn;
import org.familycontext.identity.session.PendingSignInStore;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.CouncilScope;

/** Sign-ins in flight in {@code identity.pending_sign_in}; taking one deletes it in the same transaction. */
public final class JpaPendingSignInStore implements PendingSignInStore {

    private final EntityManager entityManager;
    private final CouncilScope councilScope;

    public JpaPendingSignInStore(EntityManager entityManager, CouncilScope councilScope) {
        this.entityManager = entityManager;
        this.councilScope = councilScope;
    }

    @Override
    public void save(PendingSignIn pending) {
        councilScope.run(pending.council(), () -> {
            entityManager.persist(new PendingSignInRow(pending));
            entityManager.flush();
        });
    }

    @Override
    public Optional<PendingSignIn> take(CouncilId council, String stateHash) {
        return councilScope.call(council, () -> {
            PendingSignInRow row = entityManager.find(PendingSignInRow.class, stateHash);
            if (row == null) {
                return Optional.empty();
            }
            int deleted = entityManager.createQuery("DELETE FROM PendingSignInRow p WHERE p.stateHash = :state")
                    .setParameter("state", stateHash).executeUpdate();
            return deleted == 1 ? Optional.of(row.toPending()) : Optional.empty();
        });
    }

    @Override
    public int deleteExpired(CouncilId council, Instant now) {
        return councilScope.call(council, () -> entityManager.createQuery(
                        "DELETE FROM PendingSignInRow p WHERE p.councilId = :council AND p.expiresAt <= :now")
                .setParameter("council", council.value())
                .setParameter("now", SessionRow.utc(now))
                .executeUpdate());
    }

    @Override
    public int deleteAll(CouncilId council) {
        return councilScope.call(council, () -> entityManager.createQuery("DELETE FROM PendingSignInRow p WHERE p.councilId = :council")
                .setParameter("council", council.value()).executeUpdate());
    }
}
