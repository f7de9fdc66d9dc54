package org.familycontext.app.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.familycontext.app.wiring.ApplicationDatabase;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.CouncilScope;

/**
 * Council-scoped work in a JTA transaction. At the start of the transaction the council is set
 * with {@code set_config('app.council', id, true)}: local to the transaction, so a pooled
 * connection never carries it into the next one. Every connection the transaction uses, JPA's
 * included, is the same shared connection, so row-level security sees the council everywhere.
 */
@ApplicationScoped
public class TransactionalCouncilScope implements CouncilScope {

    private static final String COUNCIL_KEY = TransactionalCouncilScope.class.getName() + ".council";

    private final DataSource database;
    private final TransactionSynchronizationRegistry transactions;

    /** For CDI's client proxy only. */
    protected TransactionalCouncilScope() {
        this.database = null;
        this.transactions = null;
    }

    @Inject
    public TransactionalCouncilScope(@ApplicationDatabase DataSource database,
                                     TransactionSynchronizationRegistry transactions) {
        this.database = database;
        this.transactions = transactions;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T call(CouncilId council, Supplier<T> work) {
        Object bound = transactions.getResource(COUNCIL_KEY);
        if (bound == null) {
            actFor(council);
            transactions.putResource(COUNCIL_KEY, council);
        } else if (!bound.equals(council)) {
            throw new IllegalStateException("this transaction already acts for council " + bound
                    + " and cannot act for " + council);
        }
        return work.get();
    }

    private void actFor(CouncilId council) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT set_config('app.council', ?, true)")) {
            statement.setString(1, council.value());
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the council for the transaction", e);
        }
    }
}
