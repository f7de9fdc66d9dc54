package org.familycontext.assembly.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.familycontext.adapters.SourceData;
import org.familycontext.adapters.SourcesPublished;
import org.familycontext.assembly.Families;
import org.familycontext.assembly.family.AssemblyStore;
import org.familycontext.assembly.family.CouncilAssembly;
import org.familycontext.assembly.family.FamilyQuery;
import org.familycontext.matching.LinkSettings;
import org.familycontext.kernel.CouncilScope;
import org.familycontext.kernel.LogText;

/**
 * The family assembly in the server: its schema, its query API, and a re-link of a council each
 * time one of its loads is published.
 */
@ApplicationScoped
public class AssemblyModule {

    private static final Logger LOG = Logger.getLogger(AssemblyModule.class.getName());

    private final CouncilAssembly assembly;
    private final FamilyQuery families;

    /** For CDI's client proxy only. */
    protected AssemblyModule() {
        this.assembly = null;
        this.families = null;
    }

    @Inject
    public AssemblyModule(@AssemblyDatabase DataSource database, SourceData sources, CouncilScope scope, Clock clock) {
        AssemblyStore store = new AssemblyStore(database, scope);
        this.assembly = new CouncilAssembly(sources, store, LinkSettings.defaults(), clock);
        this.families = new FamilyQuery(store, sources, assembly, clock);
    }

    @Produces
    Families families() {
        return families;
    }

    void sourcesPublished(@ObservesAsync SourcesPublished published) {
        try {
            assembly.relinkSoon(published.council());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Council {0}: linking its records failed ({1}); the previous people stay",
                    new Object[] {published.council(), LogText.causes(e)});
        }
    }
}
