package org.familycontext.identity.runtime;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familycontext.kernel.ModuleSchema;

/** The identity module's database: its schema for migration and its container-managed entity manager. */
@Dependent
class IdentityPersistence {

    @Produces
    @IdentityDatabase
    @PersistenceContext(unitName = "identity")
    private EntityManager entityManager;

    @Produces
    ModuleSchema identitySchema() {
        return new ModuleSchema("identity", "identity", 20);
    }
}
