package org.familycontext.presentation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.identity.SignInRefused;
import org.familycontext.identity.SignInUnavailable;
import org.familycontext.presentation.access.SessionCookies;
import org.familycontext.presentation.pages.Assets;
import org.familycontext.presentation.pages.CouncilBrand;
import org.familycontext.presentation.pages.MessagePage;
import org.familycontext.presentation.pages.Pages;
import org.familycontext.tenancy.TenantRegistry;

/** Sign-in problems as pages: an unreachable provider (only that council's), or a refused callback. */
public final class SignInErrors {

    private static final Logger LOG = Logger.getLogger(SignInErrors.class.getName());

    private SignInErrors() {
    }

    /** The council's provider is down: 503, "sign-in is not available"; JSON for API clients. */
    @Provider
    @ApplicationScoped
    public static class Unavailable implements ExceptionMapper<SignInUnavailable> {

        /* JAX-RS creates providers itself, so CDI injects fields here. */
        @Inject
        private TenantRegistry registry;
        @Inject
        private Pages pages;
        @Inject
        private Assets assets;
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(SignInUnavailable e) {
            LOG.log(Level.WARNING, "{0}", e.getMessage());
            boolean api = uri.getPathSegments().size() > 1 && uri.getPathSegments().get(1).getPath().equals("api");
            return registry.council(e.council()).filter(c -> !api)
                    .map(c -> page(pages, MessagePage.signInUnavailable(CouncilBrand.of(c), assets)))
                    .orElseGet(() -> Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("error", "sign_in_unavailable",
                                    "error_description", "the council's identity provider cannot be used now")).build());
        }
    }

    /** A callback that could not be accepted: a page that says why and offers to start again. */
    @Provider
    @ApplicationScoped
    public static class Refused implements ExceptionMapper<SignInRefused> {

        @Inject
        private TenantRegistry registry;
        @Inject
        private Pages pages;
        @Inject
        private Assets assets;
        @Inject
        private SessionCookies cookies;
        @Context
        private UriInfo uri;
        @Context
        private HttpServletRequest http;

        @Override
        public Response toResponse(SignInRefused e) {
            String council = uri.getPathSegments().isEmpty() ? "" : uri.getPathSegments().get(0).getPath();
            Response.ResponseBuilder response = CouncilsInForce.find(registry, council)
                    .map(c -> page(pages, MessagePage.signInRefused(e.reason(), CouncilBrand.of(c), assets)))
                    .map(Response::fromResponse)
                    .orElseGet(() -> Response.status(400));
            return response.header(HttpHeaders.SET_COOKIE, cookies.expired(SessionCookies.SIGN_IN, http)).build();
        }
    }

    private static Response page(Pages pages, MessagePage page) {
        return Response.status(page.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(pages.message(page)).build();
    }
}
