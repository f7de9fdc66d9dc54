package org.familycontext.presentation.access;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.identity.ActiveSession;
import org.familycontext.identity.ApiTokens;
import org.familycontext.identity.SessionCookie;
import org.familycontext.identity.Sessions;
import org.familycontext.identity.SignedInUser;
import org.familycontext.identity.TokenRefused;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.LogText;
import org.familycontext.tenancy.TenantRegistry;

/**
 * The door: runs before every resource. Public resources pass. Everything else needs a user of
 * the council in the URL (a session for pages, a session or bearer token for the API) holding an
 * allowed role; a session of another council counts as none (and is logged); state-changing
 * requests of a session need its CSRF token. A resource without an access rule is refused.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());
    private static final String BEARER = "Bearer ";

    /* JAX-RS creates providers itself, so CDI injects fields here. */
    @Inject
    private Sessions sessions;
    @Inject
    private ApiTokens apiTokens;
    @Inject
    private TenantRegistry registry;
    @Inject
    private SessionCookies cookies;
    @Inject
    private AccessRefusals refusals;
    @Inject
    private PublicAddress address;

    @Context
    private ResourceInfo resource;
    @Context
    private HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null) {
            request.abortWith(refusals.notFound(request));
            return;
        }
        Optional<AccessRule> rule = AccessRule.of(resource.getResourceMethod(), resource.getResourceClass());
        if (rule.isEmpty()) {
            LOG.log(Level.SEVERE, "{0}.{1} declares no access rule: refused", new Object[] {
                resource.getResourceClass().getSimpleName(), resource.getResourceMethod().getName()});
            request.abortWith(refusals.forbidden(request));
            return;
        }
        if (rule.get().open()) {
            return;
        }
        Optional<CouncilId> council = Optional.ofNullable(request.getUriInfo().getPathParameters().getFirst("council"))
                .flatMap(CouncilId::parse).filter(id -> registry.council(id).isPresent());
        if (council.isEmpty()) {
            request.abortWith(refusals.notFound(request));
            return;
        }
        admit(request, council.get(), rule.get());
    }

    private void admit(ContainerRequestContext request, CouncilId council, AccessRule rule) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Visitor visitor;
        if (authorization != null && refusals.isApi(request)) {
            Optional<Visitor> bearer = bearer(request, council, authorization);
            if (bearer.isEmpty()) {
                return;
            }
            visitor = bearer.get();
        } else {
            Optional<ActiveSession> session = session(request, council);
            if (session.isEmpty()) {
                request.abortWith(refusals.signInNeeded(request, council));
                return;
            }
            visitor = new Visitor(session.get().user(), Optional.of(session.get().csrfToken()));
            if (CsrfCheck.needed(request) && !csrfPasses(request, session.get().csrfToken())) {
                LOG.log(Level.WARNING, "Council {0}: {1} {2} refused, CSRF token missing or wrong (user {3})",
                        new Object[] {council, request.getMethod(), path(request), visitor.user().subject()});
                request.abortWith(refusals.forbidden(request));
                return;
            }
        }
        if (!visitor.user().holdsAnyOf(rule.roles())) {
            LOG.log(Level.WARNING, "Council {0}: user {1} without a role for {2} {3}",
                    new Object[] {council, visitor.user().subject(), request.getMethod(), path(request)});
            request.abortWith(refusals.forbidden(request));
            return;
        }
        Visitor.attach(request, visitor);
    }

    private boolean csrfPasses(ContainerRequestContext request, String token) {
        try {
            return CsrfCheck.passes(request, token, address.origin(http));
        } catch (CsrfCheck.FormTooLarge e) {
            return false;
        }
    }

    private Optional<ActiveSession> session(ContainerRequestContext request, CouncilId council) {
        Optional<String> cookie = cookies.session(request.getCookies(), http);
        if (cookie.isEmpty()) {
            return Optional.empty();
        }
        Optional<CouncilId> claimed = SessionCookie.claimedCouncil(cookie.get());
        if (claimed.isPresent() && !claimed.get().equals(council)) {
            LOG.log(Level.WARNING, "Council {0}: refused a session of council {1} for {2} {3}",
                    new Object[] {council, claimed.get(), request.getMethod(), path(request)});
            return Optional.empty();
        }
        return sessions.resume(council, cookie.get());
    }

    private Optional<Visitor> bearer(ContainerRequestContext request, CouncilId council, String authorization) {
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(refusals.tokenRefused(council, "only bearer tokens are accepted"));
            return Optional.empty();
        }
        try {
            SignedInUser user = apiTokens.verify(council, authorization.substring(BEARER.length()).strip());
            return Optional.of(new Visitor(user, Optional.empty()));
        } catch (TokenRefused e) {
            LOG.log(Level.WARNING, "Council {0}: bearer token refused for {1} {2}: {3}",
                    new Object[] {council, request.getMethod(), path(request), LogText.safe(e.getMessage())});
            request.abortWith(refusals.tokenRefused(council, "the access token is not valid here"));
            return Optional.empty();
        }
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }
}
