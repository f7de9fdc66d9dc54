package org.familycontext.assembly.runtime;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.familycontext.kernel.ModuleSchema;

/** The assembly module's server resources: its schema and its database role. */
@Dependent
class AssemblyResources {

    @Produces
    @AssemblyDatabase
    @Resource(lookup = "jdbc/fc")
    private DataSource application;

    @Produces
    ModuleSchema assemblySchema() {
        return new ModuleSchema("assembly", "assembly", 40);
    }
}
