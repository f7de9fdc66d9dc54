package org.familycontext.identity;

import java.net.URI;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;

/**
 * The OpenID Connect authorization code flow with PKCE, state and nonce, against the provider named
 * in the council's tenant configuration at the moment of sign-in.
 */
public interface SignIn {

    /**
     * Starts a sign-in.
     *
     * @param council  the council whose provider to use
     * @param callback this service's redirect URI for the council
     * @param returnTo where to go after signing in (a path under the council's pages)
     * @return where to send the browser, and a value to bind the flow to this browser
     * @throws SignInUnavailable when the council's provider cannot be reached or is not configured
     */
    SignInStart begin(CouncilId council, URI callback, String returnTo);

    /**
     * Completes a sign-in from the provider's redirect: checks state, browser, nonce and the ID
     * token, and opens a new session (never reusing an earlier one).
     *
     * @throws SignInRefused     when the callback is not acceptable
     * @throws SignInUnavailable when the provider cannot be reached
     */
    CompletedSignIn complete(CouncilId council, URI callback, CallbackParameters parameters, Optional<String> browserBinding);

    /**
     * Ends the session the cookie names (if any), and says where to send the browser so that the
     * provider ends its session too (RP-initiated logout), or {@code signedOut} when it cannot.
     */
    URI signOut(CouncilId council, String sessionCookie, URI signedOut);
}
