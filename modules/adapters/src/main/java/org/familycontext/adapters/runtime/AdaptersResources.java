package org.familycontext.adapters.runtime;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.familycontext.kernel.ModuleSchema;

/** The adapters module's server resources: its schema, its two database roles and the executor loads run on. */
@Dependent
class AdaptersResources {

    @Produces
    @AdaptersDatabase(AdaptersDatabase.Role.APPLICATION)
    @Resource(lookup = "jdbc/fc")
    private DataSource application;

    @Produces
    @AdaptersDatabase(AdaptersDatabase.Role.LOADER)
    @Resource(lookup = "jdbc/fcLoader")
    private DataSource loader;

    @Produces
    @LoadExecutor
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService loads;

    @Produces
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @Produces
    ModuleSchema adaptersSchema() {
        return new ModuleSchema("adapters", "adapters", 30);
    }
}
