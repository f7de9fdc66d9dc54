package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in through each council's own real Keycloak realm, driven over HTTP as a browser would:
 * the authorization code flow with PKCE, sessions, roles, isolation between councils, CSRF and
 * sign-out of both Family Context and Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final URI SERVER = ItEnvironment.baseUri();

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @Test
    void aPageBehindSignInSendsTheVisitorToTheCouncilsOwnProvider() {
        Visitor visitor = new Visitor();

        HttpResponse<String> search = visitor.get("/t/stockport/search");
        assertThat(search.statusCode()).isEqualTo(303);
        assertThat(search.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/t/stockport/sign-in?return=%2Ft%2Fstockport%2Fsearch"));

        HttpResponse<String> signIn = visitor.get(search.uri().resolve(search.headers().firstValue("Location").orElseThrow()));
        String provider = signIn.headers().firstValue("Location").orElseThrow();
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(provider).startsWith(ItEnvironment.keycloak() + "/realms/stockport/protocol/openid-connect/auth?")
                .contains("code_challenge_method=S256").contains("code_challenge=").contains("state=").contains("nonce=")
                .contains("redirect_uri=" + encoded(SERVER + "/t/stockport/sign-in/callback"));
        assertThat(visitor.cookies.attributes(SERVER, "fc-sign-in")).hasValueSatisfying(a ->
                assertThat(a).contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=600"));
    }

    @Test
    void aSocialWorkerSignsInWithTheirCouncilAccount() {
        Visitor visitor = new Visitor();

        HttpResponse<String> page = visitor.signIn("stockport", "sw.stockport", "demo");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/t/stockport/search");
        assertThat(page.body()).contains("Signed in as <strong class=\"fc-signed-in-as\">Sam Worker</strong>")
                .contains("Find a person");
        assertThat(visitor.cookies.attributes(SERVER, "fc-session")).hasValueSatisfying(a ->
                assertThat(a).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure"));
        assertThat(visitor.cookies.value(SERVER, "fc-session")).hasValueSatisfying(v -> assertThat(v).startsWith("stockport."));
        assertThat(visitor.cookies.value(SERVER, "fc-sign-in")).as("the sign-in binding is cleared").isEmpty();
        assertThat(page.uri().toString() + page.headers().map()).doesNotContain("code=").doesNotContain("id_token");
    }

    @Test
    void signingInAlwaysIssuesANewSessionAndEndsTheBrowsersOldOne() {
        Visitor visitor = new Visitor();
        visitor.cookies.set(SERVER, "fc-session", "stockport.planted-by-an-attacker");
        visitor.signIn("stockport", "sw.stockport", "demo");
        String first = visitor.cookies.value(SERVER, "fc-session").orElseThrow();
        assertThat(first).isNotEqualTo("stockport.planted-by-an-attacker");

        visitor.cookies.set(SERVER, "fc-session", first);
        visitor.follow(visitor.get("/t/stockport/sign-in"));
        String second = visitor.cookies.value(SERVER, "fc-session").orElseThrow();

        assertThat(second).isNotEqualTo(first);
        Visitor thief = new Visitor();
        thief.cookies.set(SERVER, "fc-session", first);
        assertThat(thief.get("/t/stockport/search").statusCode()).as("the old session is over").isEqualTo(303);
    }

    @Test
    void aSessionOfOneCouncilGetsNothingAtAnother() throws Exception {
        Visitor visitor = new Visitor();
        visitor.signIn("stockport", "sw.stockport", "demo");

        HttpResponse<String> leeds = visitor.get("/t/leeds/search");

        assertThat(leeds.statusCode()).isEqualTo(303);
        assertThat(leeds.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/t/leeds/sign-in"));
        assertThat(visitor.get("/t/leeds/api/me").statusCode()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Files.readString(ItEnvironment.serverLog()))
                .contains("Council leeds: refused a session of council stockport for GET /t/leeds/search"));
        assertThat(visitor.get("/t/stockport/search").statusCode()).as("still fine at home").isEqualTo(200);
    }

    @Test
    void aStockportAccountCannotSignInToLeeds() {
        Visitor visitor = new Visitor();
        HttpResponse<String> leedsLogin = visitor.follow(visitor.get("/t/leeds/search"));

        HttpResponse<String> attempt = visitor.submitLogin(leedsLogin, "sw.stockport", "demo");

        assertThat(attempt.uri().getPath()).startsWith("/realms/leeds/");
        assertThat(attempt.body()).contains("Invalid username or password");
        assertThat(visitor.cookies.value(SERVER, "fc-session")).isEmpty();
    }

    @Test
    void aTamperedSessionCookieGetsNothing() {
        Visitor visitor = new Visitor();
        visitor.signIn("leeds", "sw.leeds", "demo");
        String cookie = visitor.cookies.value(SERVER, "fc-session").orElseThrow();

        for (String forged : new String[] {cookie + "x", cookie.substring(0, cookie.length() - 2) + "AA", "leeds.", "leeds",
            "stockport" + cookie.substring("leeds".length())}) {
            Visitor other = new Visitor();
            other.cookies.set(SERVER, "fc-session", forged);
            assertThat(other.get("/t/leeds/search").statusCode()).as(forged).isEqualTo(303);
        }
    }

    @Test
    void stateChangingFormsNeedTheSessionsCsrfToken() {
        Visitor visitor = new Visitor();
        String page = visitor.signIn("manchester", "sw.manchester", "demo").body();
        String csrf = Visitor.csrfOf(page);

        assertThat(visitor.post("/t/manchester/sign-out", Map.of()).statusCode()).as("missing").isEqualTo(403);
        assertThat(visitor.post("/t/manchester/sign-out", Map.of("csrf", csrf + "x")).statusCode()).as("wrong").isEqualTo(403);
        assertThat(visitor.post("/t/manchester/search", Map.of("name", "x")).statusCode()).as("search without").isEqualTo(403);
        assertThat(visitor.post("/t/manchester/search", Map.of("csrf", csrf), "Origin", "http://evil.example").statusCode())
                .as("another site").isEqualTo(403);
        assertThat(visitor.post("/t/manchester/search", Map.of("csrf", csrf), "Origin", "null").statusCode())
                .as("an opaque origin").isEqualTo(403);
        assertThat(visitor.post("/t/manchester/search", Map.of("csrf", csrf, "name", "x".repeat(70_000))).statusCode())
                .as("a form larger than any of ours").isEqualTo(403);
        assertThat(visitor.post("/t/manchester/search", Map.of("csrf", csrf), "Origin", SERVER.toString()).statusCode())
                .as("from the service itself").isEqualTo(200);
        assertThat(visitor.post("/t/manchester/search", Map.of("csrf", csrf, "name", "Smith")).statusCode()).isEqualTo(200);
        assertThat(visitor.get("/t/manchester/search").statusCode()).as("refusals did not end the session").isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() {
        Visitor visitor = new Visitor();
        String page = visitor.signIn("stockport", "tm.stockport", "demo").body();
        String session = visitor.cookies.value(SERVER, "fc-session").orElseThrow();

        HttpResponse<String> signOut = visitor.post("/t/stockport/sign-out", Map.of("csrf", Visitor.csrfOf(page)));
        assertThat(signOut.statusCode()).isEqualTo(303);
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith(ItEnvironment.keycloak() + "/realms/stockport/protocol/openid-connect/logout?")
                .contains("id_token_hint=").contains("post_logout_redirect_uri=" + encoded(SERVER + "/t/stockport/signed-out")));
        HttpResponse<String> signedOut = visitor.follow(signOut);

        assertThat(signedOut.uri().getPath()).isEqualTo("/t/stockport/signed-out");
        assertThat(signedOut.body()).contains("You have signed out");
        Visitor thief = new Visitor();
        thief.cookies.set(SERVER, "fc-session", session);
        assertThat(thief.get("/t/stockport/search").statusCode()).isEqualTo(303);
        HttpResponse<String> again = visitor.follow(visitor.get("/t/stockport/search"));
        assertThat(again.body()).as("Keycloak asks for the password again").contains("kc-form-login");
    }

    @Test
    void anAccountWithoutAFamilyContextRoleIsTurnedAway() {
        HttpResponse<String> page = new Visitor().signIn("stockport", "norole.stockport", "demo");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Your account cannot use Family Context");
    }

    @Test
    void aRoleWithoutSearchIsRefusedThePage() {
        Visitor auditor = new Visitor();
        HttpResponse<String> page = auditor.signIn("leeds", "aud.leeds", "demo");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot see this page");
        assertThat(auditor.get("/t/leeds/api/me").body()).contains("\"roles\":[\"auditor\"]");
    }

    @Test
    void theReturnAddressCannotLeadElsewhere() {
        Visitor visitor = new Visitor();
        visitor.get("/t/stockport/sign-in?return=https://evil.example/");
        HttpResponse<String> login = visitor.follow(visitor.get("/t/stockport/sign-in?return=//evil.example/t/stockport/x"));

        HttpResponse<String> landed = visitor.submitLogin(login, "sw.stockport", "demo");

        assertThat(landed.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(landed.uri().getPath()).isEqualTo("/t/stockport/search");
    }

    private static String encoded(String uri) {
        return URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }
}
