package org.familycontext.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.identity.CallbackParameters;
import org.familycontext.identity.Role;
import org.familycontext.identity.SessionTicket;
import org.familycontext.identity.SignIn;
import org.familycontext.identity.SignInRefused;
import org.familycontext.identity.SignInStart;
import org.familycontext.identity.SignInUnavailable;
import org.familycontext.identity.CompletedSignIn;
import org.familycontext.identity.SignedInUser;
import org.familycontext.identity.session.PendingSignIn;
import org.familycontext.identity.session.PendingSignInStore;
import org.familycontext.identity.session.RandomTokens;
import org.familycontext.identity.session.SessionService;
import org.familycontext.identity.session.StoredSession;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.LogText;

/**
 * The authorization code flow with PKCE (S256), state and nonce, for the council named in the URL
 * and its provider in force. The state, nonce and code verifier stay on the server; the browser
 * gets only a binding secret in a cookie, so a callback from another browser is refused.
 */
public final class OidcSignIn implements SignIn {

    private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());
    static final Duration PENDING_FOR = Duration.ofMinutes(10);
    private static final Scope SCOPE = new Scope("openid", "profile", "email");

    private final ProviderDirectory providers;
    private final ClientSecrets secrets;
    private final PendingSignInStore pending;
    private final SessionService sessions;
    private final IdTokenValidators validators;
    private final CodeExchange exchange;
    private final RpInitiatedLogout logout;
    private final Clock clock;

    public OidcSignIn(ProviderDirectory providers, ClientSecrets secrets, PendingSignInStore pending,
                      SessionService sessions, HttpSettings http, Clock clock) {
        this.providers = providers;
        this.secrets = secrets;
        this.pending = pending;
        this.sessions = sessions;
        this.validators = new IdTokenValidators(http);
        this.exchange = new CodeExchange(secrets, http);
        this.logout = new RpInitiatedLogout(providers);
        this.clock = clock;
    }

    @Override
    public SignInStart begin(CouncilId council, URI callback, String returnTo) {
        Provider provider = providers.provider(council);
        secrets.resolve(council, provider.settings().clientSecret());
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String binding = RandomTokens.next();
        pending.save(new PendingSignIn(RandomTokens.fingerprint(state.getValue()), council, RandomTokens.fingerprint(binding),
                nonce.getValue(), verifier.getValue(), returnTo, clock.instant().plus(PENDING_FOR)));
        URI redirect = new AuthenticationRequest.Builder(ResponseType.CODE, SCOPE,
                new ClientID(provider.settings().clientId()), callback)
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new SignInStart(redirect, binding, PENDING_FOR);
    }

    @Override
    public CompletedSignIn complete(CouncilId council, URI callback, CallbackParameters parameters, Optional<String> browserBinding) {
        PendingSignIn started = parameters.state()
                .flatMap(state -> pending.take(council, RandomTokens.fingerprint(state)))
                .filter(p -> clock.instant().isBefore(p.expiresAt()))
                .orElseThrow(() -> refused(council, SignInRefused.Reason.UNKNOWN_OR_EXPIRED, "no sign-in in progress for this state"));
        if (browserBinding.isEmpty() || !RandomTokens.same(started.browserHash(), RandomTokens.fingerprint(browserBinding.get()))) {
            throw refused(council, SignInRefused.Reason.OTHER_BROWSER, "the callback came to another browser");
        }
        if (parameters.error().isPresent()) {
            throw refused(council, SignInRefused.Reason.PROVIDER_REFUSED, "the provider answered "
                    + LogText.safe(parameters.error().get()));
        }
        String code = parameters.code().orElseThrow(() ->
                refused(council, SignInRefused.Reason.INVALID_RESPONSE, "no authorization code"));
        Provider provider = providers.provider(council);
        JWT idToken;
        try {
            idToken = exchange.idToken(provider, code, callback, started.codeVerifier());
        } catch (CodeExchange.Failed e) {
            throw refused(council, SignInRefused.Reason.INVALID_RESPONSE, e.getMessage());
        }
        IDTokenClaimsSet claims = validate(provider, idToken, started.nonce());
        Set<String> roleValues = ClaimRoles.valuesAt(claims.toJSONObject(), provider.settings().roleClaim());
        Set<Role> roles = ClaimRoles.granted(roleValues, provider.settings());
        String subject = claims.getSubject().getValue();
        if (roles.isEmpty()) {
            throw refused(council, SignInRefused.Reason.NO_ROLE, "user " + subject + " has no Family Context role");
        }
        String name = ClaimNames.firstOf(claims.toJSONObject(), subject, "name", "preferred_username");
        SignedInUser user = new SignedInUser(council, subject, name, roles, clock.instant(), SignedInUser.Via.SESSION);
        SessionTicket ticket = sessions.open(user, roleValues, Optional.of(idToken.serialize()));
        LOG.log(Level.INFO, "Council {0}: user {1} signed in with roles {2}", new Object[] {council, subject, roles});
        return new CompletedSignIn(user, ticket, started.returnTo());
    }

    @Override
    public URI signOut(CouncilId council, String sessionCookie, URI signedOut) {
        Optional<StoredSession> ended = sessions.close(council, sessionCookie);
        ended.ifPresent(s -> LOG.log(Level.INFO, "Council {0}: user {1} signed out", new Object[] {council, s.subject()}));
        return logout.after(council, ended, signedOut);
    }

    private IDTokenClaimsSet validate(Provider provider, JWT idToken, String nonce) {
        try {
            return validators.of(provider).validate(idToken, new Nonce(nonce));
        } catch (BadJOSEException | JOSEException e) {
            throw refused(provider.council(), SignInRefused.Reason.INVALID_RESPONSE, "ID token rejected: "
                    + LogText.safe(e.getMessage()));
        }
    }

    private static SignInRefused refused(CouncilId council, SignInRefused.Reason reason, String detail) {
        LOG.log(Level.WARNING, "Council {0}: sign-in refused ({1}: {2})", new Object[] {council, reason, detail});
        return new SignInRefused(reason, detail);
    }
}
