package org.familycontext.identity.oidc;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import java.net.URI;
import java.text.ParseException;
import java.util.Optional;
import org.familycontext.identity.SignInUnavailable;
import org.familycontext.identity.session.StoredSession;
import org.familycontext.kernel.CouncilId;

/**
 * Where to send a browser after its session ended here, so the provider ends its own session too
 * (OpenID Connect RP-initiated logout, with the ID token as hint); straight to the signed-out page
 * when the provider offers no end-session endpoint or cannot be reached.
 */
final class RpInitiatedLogout {

    private final ProviderDirectory providers;

    RpInitiatedLogout(ProviderDirectory providers) {
        this.providers = providers;
    }

    URI after(CouncilId council, Optional<StoredSession> ended, URI signedOut) {
        try {
            Provider provider = providers.provider(council);
            URI endSession = provider.metadata().getEndSessionEndpointURI();
            if (endSession == null) {
                return signedOut;
            }
            JWT hint = ended.flatMap(StoredSession::idToken).flatMap(RpInitiatedLogout::parse).orElse(null);
            return new LogoutRequest(endSession, hint, null, new ClientID(provider.settings().clientId()),
                    signedOut, null, null).toURI();
        } catch (SignInUnavailable e) {
            return signedOut;
        }
    }

    private static Optional<JWT> parse(String token) {
        try {
            return Optional.of(JWTParser.parse(token));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
