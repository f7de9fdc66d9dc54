package org.familycontext.identity.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familycontext.identity.ApiTokens;
import org.familycontext.identity.SignIn;
import org.familycontext.identity.Sessions;
import org.familycontext.identity.oidc.BearerTokens;
import org.familycontext.identity.oidc.ClientSecrets;
import org.familycontext.identity.oidc.HttpSettings;
import org.familycontext.identity.oidc.OidcSignIn;
import org.familycontext.identity.oidc.ProviderDirectory;
import org.familycontext.identity.persistence.JpaPendingSignInStore;
import org.familycontext.identity.persistence.JpaSessionStore;
import org.familycontext.identity.session.PendingSignInStore;
import org.familycontext.identity.session.SessionService;
import org.familycontext.identity.session.SessionStore;
import org.familycontext.kernel.CouncilScope;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.CouncilSwitchedOff;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Creates the identity services once, removes ended sessions and abandoned sign-ins every minute,
 * council by council, and all of a council's sessions when it is switched off.
 */
@ApplicationScoped
public class IdentityModule {

    private static final Logger LOG = Logger.getLogger(IdentityModule.class.getName());
    private static final long CLEAN_UP_MINUTES = 1;

    private final SessionService sessions;
    private final OidcSignIn signIn;
    private final BearerTokens apiTokens;
    private final SessionStore sessionStore;
    private final PendingSignInStore pendingStore;
    private final TenantRegistry registry;
    private final ManagedScheduledExecutorService scheduler;
    private final Clock clock;
    private ScheduledFuture<?> cleanUp;

    /** For CDI's client proxy only. */
    protected IdentityModule() {
        this.sessions = null;
        this.signIn = null;
        this.apiTokens = null;
        this.sessionStore = null;
        this.pendingStore = null;
        this.registry = null;
        this.scheduler = null;
        this.clock = null;
    }

    @Inject
    public IdentityModule(TenantRegistry registry, @IdentityDatabase EntityManager entityManager, CouncilScope councilScope,
                          @ConfigProperty(name = "fc.identity.http-timeout-ms", defaultValue = "5000") int timeoutMillis,
                          ManagedScheduledExecutorService scheduler, Clock clock) {
        HttpSettings http = new HttpSettings(Duration.ofMillis(timeoutMillis));
        ProviderDirectory providers = new ProviderDirectory(registry, http, clock);
        this.sessionStore = new JpaSessionStore(entityManager, councilScope);
        this.pendingStore = new JpaPendingSignInStore(entityManager, councilScope);
        this.sessions = new SessionService(sessionStore, registry, clock);
        this.signIn = new OidcSignIn(providers, new ClientSecrets(System::getenv), pendingStore, sessions, http, clock);
        this.apiTokens = new BearerTokens(providers, http, clock);
        this.registry = registry;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Produces
    SignIn signIn() {
        return signIn;
    }

    @Produces
    Sessions sessions() {
        return sessions;
    }

    @Produces
    ApiTokens apiTokens() {
        return apiTokens;
    }

    void start(@Observes Startup startup) {
        cleanUp = scheduler.scheduleWithFixedDelay(this::removeEnded, CLEAN_UP_MINUTES, CLEAN_UP_MINUTES, TimeUnit.MINUTES);
    }

    void councilSwitchedOff(@ObservesAsync CouncilSwitchedOff event) {
        try {
            int ended = sessionStore.deleteAll(event.council()) + pendingStore.deleteAll(event.council());
            LOG.log(Level.INFO, "Council {0} switched off: {1} sessions and sign-ins ended", new Object[] {event.council(), ended});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Council {0} switched off, but its sessions could not be ended now ({1})",
                    new Object[] {event.council(), e.toString()});
        }
    }

    @PreDestroy
    void stop() {
        if (cleanUp != null) {
            cleanUp.cancel(false);
        }
    }

    private void removeEnded() {
        for (Council council : registry.councils()) {
            try {
                int removed = sessionStore.deleteExpired(council.id(), clock.instant())
                        + pendingStore.deleteExpired(council.id(), clock.instant());
                if (removed > 0) {
                    LOG.log(Level.FINE, "Council {0}: removed {1} ended sessions or abandoned sign-ins",
                            new Object[] {council.id(), removed});
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Council {0}: could not remove ended sessions ({1})",
                        new Object[] {council.id(), e.toString()});
            }
        }
    }
}
