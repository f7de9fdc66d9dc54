package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.familycontext.identity.Role;
import org.familycontext.identity.SignedInUser;
import org.familycontext.presentation.access.SignedIn;
import org.familycontext.presentation.access.Visitor;

/** The JSON API's own corner: who the caller is, so a client can check its token and roles. */
@Path("{council}/api")
@Dependent
@SignedIn
public class ApiResource {

    /**
     * Who is calling.
     *
     * @param council     the council of the URL (and of the caller)
     * @param subject     the identity provider's identifier of the caller
     * @param displayName the caller's name, or the client's
     * @param roles       the caller's Family Context roles
     * @param via         session or bearer token
     * @param csrfToken   for a browser session, the token its state-changing calls send as X-CSRF-Token
     */
    public record Caller(String council, String subject, String displayName, List<String> roles, String via, String csrfToken) {
    }

    @GET
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    public Caller me(@Context HttpServletRequest request) {
        Visitor visitor = Visitor.of(request);
        SignedInUser user = visitor.user();
        return new Caller(user.council().value(), user.subject(), user.displayName(),
                user.roles().stream().map(Role::code).sorted().toList(), user.via().name().toLowerCase(Locale.ROOT),
                visitor.csrfToken().orElse(null));
    }
}
