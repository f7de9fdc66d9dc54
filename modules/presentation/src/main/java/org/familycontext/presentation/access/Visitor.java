package org.familycontext.presentation.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.familycontext.identity.SignedInUser;

/**
 * Who is behind the current request, as the access filter established it, for resources to read.
 *
 * @param user      the signed-in user
 * @param csrfToken the session's CSRF token, for forms (absent for bearer-token requests)
 */
public record Visitor(SignedInUser user, Optional<String> csrfToken) {

    private static final String PROPERTY = Visitor.class.getName();

    static void attach(ContainerRequestContext request, Visitor visitor) {
        request.setProperty(PROPERTY, visitor);
    }

    /**
     * The visitor of a request that passed a {@link SignedIn} or {@link Allowed} rule (JAX-RS
     * request properties are the servlet request's attributes).
     */
    public static Visitor of(HttpServletRequest request) {
        Object visitor = request.getAttribute(PROPERTY);
        if (!(visitor instanceof Visitor found)) {
            throw new IllegalStateException("no signed-in user on this request: is the resource public?");
        }
        return found;
    }
}
