package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.familycontext.identity.SignIn;
import org.familycontext.kernel.CouncilId;
import org.familycontext.presentation.access.PublicAddress;
import org.familycontext.presentation.access.SessionCookies;
import org.familycontext.presentation.access.SignedIn;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Signing out: ends the session here, clears the cookie, and sends the browser to the council's
 * provider to end its session too, which brings it back to the signed-out page.
 */
@Path("{council}/sign-out")
@Dependent
public class SignOutResource {

    private final SignIn signIn;
    private final TenantRegistry registry;
    private final SessionCookies cookies;
    private final PublicAddress address;

    @Inject
    public SignOutResource(SignIn signIn, TenantRegistry registry, SessionCookies cookies, PublicAddress address) {
        this.signIn = signIn;
        this.registry = registry;
        this.cookies = cookies;
        this.address = address;
    }

    @POST
    @SignedIn
    public Response signOut(@PathParam("council") String council, @Context HttpHeaders headers,
                            @Context HttpServletRequest http) {
        CouncilId id = CouncilsInForce.require(registry, council).id();
        String session = cookies.session(headers.getCookies(), http).orElse("");
        URI next = signIn.signOut(id, session, address.signedOut(http, id));
        return Response.seeOther(next).header(HttpHeaders.SET_COOKIE, cookies.expired(SessionCookies.SESSION, http)).build();
    }
}
