package org.familycontext.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.familycontext.identity.CallbackParameters;
import org.familycontext.identity.Role;
import org.familycontext.identity.SignInRefused;
import org.familycontext.identity.SignInStart;
import org.familycontext.identity.SignInUnavailable;
import org.familycontext.identity.CompletedSignIn;
import org.familycontext.identity.session.SessionService;
import org.familycontext.identity.testing.FakeIdentityProvider;
import org.familycontext.identity.testing.InMemoryStores;
import org.familycontext.kernel.testing.MutableClock;
import org.familycontext.identity.testing.TestCouncils;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.SessionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OidcSignInTest {

    private static final CouncilId LEEDS = new CouncilId("leeds");
    private static final CouncilId WIGAN = new CouncilId("wigan");
    private static final URI CALLBACK = URI.create("http://127.0.0.1:9080/t/leeds/sign-in/callback");
    private static final Map<String, Object> SOCIAL_WORKER = Map.of("sub", "u-1", "name", "Sam Worker",
            "roles", List.of("social-worker", "something-else"));

    private FakeIdentityProvider idp;
    private TestCouncils councils;
    private final MutableClock clock = new MutableClock(Instant.now());
    private final InMemoryStores.Sessions sessionRows = new InMemoryStores.Sessions();
    private final InMemoryStores.Pending pendingRows = new InMemoryStores.Pending();
    private SessionService sessions;
    private OidcSignIn signIn;

    @BeforeEach
    void start() throws Exception {
        idp = new FakeIdentityProvider();
        councils = new TestCouncils()
                .with(TestCouncils.council("leeds", idp.issuer("leeds"), SessionPolicy.DEFAULT))
                .with(TestCouncils.council("wigan", URI.create("http://127.0.0.1:1/realms/wigan"), SessionPolicy.DEFAULT));
        HttpSettings http = new HttpSettings(Duration.ofSeconds(2));
        sessions = new SessionService(sessionRows, councils, clock);
        Map<String, String> environment = Map.of("FC_LEEDS_SECRET", FakeIdentityProvider.CLIENT_SECRET,
                "FC_WIGAN_SECRET", "x");
        signIn = new OidcSignIn(new ProviderDirectory(councils, http, clock), new ClientSecrets(environment::get),
                pendingRows, sessions, http, clock);
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    @Test
    void aSocialWorkerSignsInWithPkceStateAndNonce() {
        SignInStart start = signIn.begin(LEEDS, CALLBACK, "/t/leeds/search");
        Map<String, List<String>> request = URLUtils.parseParameters(start.providerRedirect().getRawQuery());
        assertThat(start.providerRedirect().toString()).startsWith(idp.issuer("leeds") + "/auth?");
        assertThat(request).containsKeys("state", "nonce", "code_challenge").containsEntry("code_challenge_method", List.of("S256"))
                .containsEntry("client_id", List.of("family-context")).containsEntry("response_type", List.of("code"));
        assertThat(request.get("scope").get(0)).contains("openid");
        assertThat(pendingRows.rows.values()).singleElement()
                .satisfies(p -> assertThat(p.toString()).doesNotContain(p.codeVerifier()));

        CompletedSignIn signedIn = complete(start, idp.authorize(start.providerRedirect(), SOCIAL_WORKER));

        assertThat(signedIn.user().subject()).isEqualTo("u-1");
        assertThat(signedIn.user().displayName()).isEqualTo("Sam Worker");
        assertThat(signedIn.user().roles()).containsExactly(Role.SOCIAL_WORKER);
        assertThat(signedIn.returnTo()).isEqualTo("/t/leeds/search");
        assertThat(signedIn.session().cookieValue()).startsWith("leeds.");
        assertThat(sessions.resume(LEEDS, signedIn.session().cookieValue())).isPresent();
        assertThat(pendingRows.rows).isEmpty();
    }

    @Test
    void eachSignInOpensANewSession() {
        CompletedSignIn first = signInAs(SOCIAL_WORKER);
        CompletedSignIn second = signInAs(SOCIAL_WORKER);

        assertThat(second.session().cookieValue()).isNotEqualTo(first.session().cookieValue());
        assertThat(second.session().csrfToken()).isNotEqualTo(first.session().csrfToken());
    }

    @Test
    void aCallbackInAnotherBrowserIsRefused() {
        SignInStart start = signIn.begin(LEEDS, CALLBACK, "/t/leeds/search");
        Map<String, String> callback = idp.authorize(start.providerRedirect(), SOCIAL_WORKER);

        assertRefused(() -> signIn.complete(LEEDS, CALLBACK, params(callback), Optional.of("another-browser")),
                SignInRefused.Reason.OTHER_BROWSER);
        assertRefused(() -> signIn.complete(LEEDS, CALLBACK, params(callback), Optional.empty()),
                SignInRefused.Reason.UNKNOWN_OR_EXPIRED);
    }

    @Test
    void aStateCanBeUsedOnlyOnce() {
        SignInStart start = signIn.begin(LEEDS, CALLBACK, "/t/leeds/search");
        Map<String, String> callback = idp.authorize(start.providerRedirect(), SOCIAL_WORKER);
        complete(start, callback);

        assertRefused(() -> complete(start, callback), SignInRefused.Reason.UNKNOWN_OR_EXPIRED);
    }

    @Test
    void aSignInMustCompleteWithinTenMinutes() {
        SignInStart start = signIn.begin(LEEDS, CALLBACK, "/t/leeds/search");
        Map<String, String> callback = idp.authorize(start.providerRedirect(), SOCIAL_WORKER);
        clock.advance(OidcSignIn.PENDING_FOR.plusSeconds(1));

        assertRefused(() -> complete(start, callback), SignInRefused.Reason.UNKNOWN_OR_EXPIRED);
    }

    @Test
    void aStateFromAnotherCouncilIsUnknownHere() {
        SignInStart start = signIn.begin(LEEDS, CALLBACK, "/t/leeds/search");
        Map<String, String> callback = idp.authorize(start.providerRedirect(), SOCIAL_WORKER);

        assertRefused(() -> signIn.complete(WIGAN, CALLBACK, params(callback), Optional.of(start.browserBinding())),
                SignInRefused.Reason.UNKNOWN_OR_EXPIRED);
    }

    @Test
    void theProvidersRefusalIsPassedOn() {
        SignInStart start = signIn.begin(LEEDS, CALLBACK, "/t/leeds/search");
        String state = URLUtils.parseParameters(start.providerRedirect().getRawQuery()).get("state").get(0);

        assertRefused(() -> signIn.complete(LEEDS, CALLBACK, CallbackParameters.of(null, state, "access_denied", null),
                Optional.of(start.browserBinding())), SignInRefused.Reason.PROVIDER_REFUSED);
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        idp.idTokenTamper = claims -> claims.claim("nonce", "replayed");

        assertRefused(() -> signInAs(SOCIAL_WORKER), SignInRefused.Reason.INVALID_RESPONSE);
    }

    @Test
    void anIdTokenForAnotherClientOrIssuerIsRefused() {
        idp.idTokenTamper = claims -> claims.audience("another-client");
        assertRefused(() -> signInAs(SOCIAL_WORKER), SignInRefused.Reason.INVALID_RESPONSE);

        idp.idTokenTamper = claims -> claims.issuer(idp.issuer("elsewhere").toString());
        assertRefused(() -> signInAs(SOCIAL_WORKER), SignInRefused.Reason.INVALID_RESPONSE);
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        idp.idTokenTamper = claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(600)));

        assertRefused(() -> signInAs(SOCIAL_WORKER), SignInRefused.Reason.INVALID_RESPONSE);
    }

    @Test
    void aUserWithoutAFamilyContextRoleIsRefused() {
        assertRefused(() -> signInAs(Map.of("sub", "u-2", "roles", List.of("offline_access"))), SignInRefused.Reason.NO_ROLE);
        assertThat(sessionRows.rows).isEmpty();
    }

    @Test
    void aWrongCodeVerifierOrCallbackIsRefusedByTheProvider() {
        SignInStart start = signIn.begin(LEEDS, CALLBACK, "/t/leeds/search");
        Map<String, String> callback = idp.authorize(start.providerRedirect(), SOCIAL_WORKER);

        assertRefused(() -> signIn.complete(LEEDS, URI.create("http://evil.example/cb"), params(callback),
                Optional.of(start.browserBinding())), SignInRefused.Reason.INVALID_RESPONSE);
    }

    @Test
    void aProviderThatIsDownMakesOnlyItsCouncilsSignInUnavailable() {
        assertThatThrownBy(() -> signIn.begin(WIGAN, CALLBACK, "/t/wigan/search")).isInstanceOf(SignInUnavailable.class);

        assertThat(signInAs(SOCIAL_WORKER).user().council()).isEqualTo(LEEDS);
    }

    @Test
    void aMissingClientSecretMakesSignInUnavailableWithoutSayingTheSecret() {
        signIn = new OidcSignIn(new ProviderDirectory(councils, new HttpSettings(Duration.ofSeconds(2)), clock),
                new ClientSecrets(name -> null), pendingRows, sessions, new HttpSettings(Duration.ofSeconds(2)), clock);

        assertThatThrownBy(() -> signIn.begin(LEEDS, CALLBACK, "/t/leeds/search")).isInstanceOf(SignInUnavailable.class)
                .hasMessageContaining("env:FC_LEEDS_SECRET");
    }

    @Test
    void signingOutEndsTheSessionAndTheProvidersSession() {
        CompletedSignIn signedIn = signInAs(SOCIAL_WORKER);
        URI signedOut = URI.create("http://127.0.0.1:9080/t/leeds/signed-out");

        URI logout = signIn.signOut(LEEDS, signedIn.session().cookieValue(), signedOut);

        Map<String, List<String>> query = URLUtils.parseParameters(logout.getRawQuery());
        assertThat(logout.toString()).startsWith(idp.issuer("leeds") + "/logout?");
        assertThat(query).containsKeys("id_token_hint").containsEntry("post_logout_redirect_uri", List.of(signedOut.toString()));
        assertThat(sessions.resume(LEEDS, signedIn.session().cookieValue())).isEmpty();
    }

    private CompletedSignIn signInAs(Map<String, Object> user) {
        SignInStart start = signIn.begin(LEEDS, CALLBACK, "/t/leeds/search");
        return complete(start, idp.authorize(start.providerRedirect(), user));
    }

    private CompletedSignIn complete(SignInStart start, Map<String, String> callback) {
        return signIn.complete(LEEDS, CALLBACK, params(callback), Optional.of(start.browserBinding()));
    }

    private static CallbackParameters params(Map<String, String> callback) {
        return CallbackParameters.of(callback.get("code"), callback.get("state"), null, null);
    }

    private static void assertRefused(Runnable attempt, SignInRefused.Reason reason) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(SignInRefused.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
