package org.familycontext.presentation.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import org.familycontext.presentation.access.SessionCookies;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Headers every response carries: a strict content security policy (no inline script or style,
 * nothing from elsewhere; forms may lead only here and, under a council's pages, to its identity
 * provider, where sign-out continues), no framing, no sniffing, no referrer to other sites (within
 * the service it stays, so browsers send a true Origin with forms for the CSRF check), and no
 * caching of pages (they hold personal data). Shared static assets may be cached.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /* Filters are created by the container, hence field injection here. */
    @Inject
    private transient TenantRegistry registry;
    @Inject
    private transient SessionCookies cookies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY + providerOf(path).map(p -> " " + p).orElse(""));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (cookies.secure(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        boolean sharedAsset = path.startsWith("/webjars/") || path.startsWith("/assets/");
        response.setHeader("Cache-Control", sharedAsset ? "public, max-age=86400" : "no-store");
        chain.doFilter(request, response);
    }

    /** The origin of the identity provider of the council a path names, if it is in service. */
    private Optional<String> providerOf(String path) {
        String[] segments = path.split("/");
        if (segments.length < 3 || !segments[1].equals("t")) {
            return Optional.empty();
        }
        return CouncilsInForce.find(registry, segments[2]).map(c -> c.identityProvider().issuer())
                .map(issuer -> issuer.getScheme() + "://" + issuer.getRawAuthority());
    }
}
