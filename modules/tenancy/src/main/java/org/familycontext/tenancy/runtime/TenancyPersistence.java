package org.familycontext.tenancy.runtime;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familycontext.kernel.ModuleSchema;

/** The tenancy module's database: its schema for migration and its container-managed entity manager. */
@Dependent
class TenancyPersistence {

    @Produces
    @TenancyDatabase
    @PersistenceContext(unitName = "tenancy")
    private EntityManager entityManager;

    @Produces
    ModuleSchema tenancySchema() {
        return new ModuleSchema("tenancy", "tenancy", 10);
    }
}
