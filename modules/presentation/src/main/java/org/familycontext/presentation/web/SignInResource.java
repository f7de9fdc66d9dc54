package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.familycontext.identity.CallbackParameters;
import org.familycontext.identity.CompletedSignIn;
import org.familycontext.identity.SessionCookie;
import org.familycontext.identity.Sessions;
import org.familycontext.identity.SignIn;
import org.familycontext.identity.SignInStart;
import org.familycontext.kernel.CouncilId;
import org.familycontext.presentation.access.Public;
import org.familycontext.presentation.access.PublicAddress;
import org.familycontext.presentation.access.SessionCookies;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Signing in to a council: hands the browser to the council's identity provider and back, and
 * sets the session cookie. The protocol itself is the identity module's.
 */
@Path("{council}/sign-in")
@Dependent
public class SignInResource {

    private final SignIn signIn;
    private final Sessions sessions;
    private final TenantRegistry registry;
    private final SessionCookies cookies;
    private final PublicAddress address;

    @Inject
    public SignInResource(SignIn signIn, Sessions sessions, TenantRegistry registry, SessionCookies cookies,
                          PublicAddress address) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.registry = registry;
        this.cookies = cookies;
        this.address = address;
    }

    @GET
    @Public
    public Response begin(@PathParam("council") String council, @QueryParam("return") String returnTo,
                          @Context HttpServletRequest http) {
        CouncilId id = CouncilsInForce.require(registry, council).id();
        SignInStart start = signIn.begin(id, address.callback(http, id), ReturnPath.within(id, returnTo));
        return Response.seeOther(start.providerRedirect())
                .header(HttpHeaders.SET_COOKIE, cookies.signInCookie(start.browserBinding(), start.validFor(), http))
                .build();
    }

    @GET
    @Path("callback")
    @Public
    public Response callback(@PathParam("council") String council, @QueryParam("code") String code,
                             @QueryParam("state") String state, @QueryParam("error") String error,
                             @QueryParam("error_description") String description,
                             @Context HttpHeaders headers, @Context HttpServletRequest http) {
        CouncilId id = CouncilsInForce.require(registry, council).id();
        Optional<String> binding = cookies.signIn(headers.getCookies(), http);
        CompletedSignIn signedIn = signIn.complete(id, address.callback(http, id),
                CallbackParameters.of(code, state, error, description), binding);
        cookies.session(headers.getCookies(), http).ifPresent(previous ->
                SessionCookie.claimedCouncil(previous).ifPresent(owner -> sessions.end(owner, previous)));
        return Response.seeOther(address.page(http, signedIn.returnTo()))
                .header(HttpHeaders.SET_COOKIE, cookies.sessionCookie(signedIn.session().cookieValue(), http))
                .header(HttpHeaders.SET_COOKIE, cookies.expired(SessionCookies.SIGN_IN, http))
                .build();
    }
}
