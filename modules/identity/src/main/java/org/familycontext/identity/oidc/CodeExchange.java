package org.familycontext.identity.oidc;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.familycontext.identity.SignInUnavailable;

/**
 * Exchanges an authorization code (with its PKCE verifier) at the provider's token endpoint,
 * authenticating as a confidential client when the council configures a secret.
 */
final class CodeExchange {

    /** The provider answered, but not with an ID token. */
    static final class Failed extends Exception {

        private static final long serialVersionUID = 1L;

        Failed(String reason) {
            super(reason);
        }
    }

    private final ClientSecrets secrets;
    private final HttpSettings http;

    CodeExchange(ClientSecrets secrets, HttpSettings http) {
        this.secrets = secrets;
        this.http = http;
    }

    JWT idToken(Provider provider, String code, URI callback, String verifier) throws Failed {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), callback, new CodeVerifier(verifier));
        ClientID client = new ClientID(provider.settings().clientId());
        Optional<String> secret = secrets.resolve(provider.council(), provider.settings().clientSecret());
        URI endpoint = provider.metadata().getTokenEndpointURI();
        TokenRequest request = secret.isPresent()
                ? new TokenRequest(endpoint, new ClientSecretBasic(client, new Secret(secret.get())), grant)
                : new TokenRequest(endpoint, client, grant);
        HTTPRequest httpRequest = request.toHTTPRequest();
        http.apply(httpRequest);
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(httpRequest.send());
            if (!response.indicatesSuccess()) {
                throw new Failed("the token endpoint answered " + response.toErrorResponse().getErrorObject().getCode());
            }
            JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
            if (idToken == null) {
                throw new Failed("the token response has no ID token");
            }
            return idToken;
        } catch (IOException e) {
            throw new SignInUnavailable(provider.council(), "its token endpoint cannot be reached", e);
        } catch (ParseException | ClassCastException e) {
            throw new Failed("the token response is not OpenID Connect");
        }
    }
}
