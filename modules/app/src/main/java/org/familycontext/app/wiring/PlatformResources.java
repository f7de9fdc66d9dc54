package org.familycontext.app.wiring;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Makes the server's resources (liberty/server.xml) injectable through constructors, and supplies
 * the one clock every time-based rule uses.
 */
@Dependent
public class PlatformResources {

    @Produces
    @ApplicationDatabase
    @Resource(lookup = "jdbc/fc")
    private DataSource applicationDatabase;

    @Produces
    @OwnerDatabase
    @Resource(lookup = "jdbc/fcOwner")
    private DataSource ownerDatabase;

    @Produces
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Produces
    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
