package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API clients (a case system embedding Family Context) with bearer tokens from the council's own
 * Keycloak: accepted with their roles; refused when from another council, unsigned, re-signed,
 * tampered with or not a token; never accepted on pages.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokenIT {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @Test
    void aCaseSystemCallsTheApiWithItsCouncilsToken() {
        HttpResponse<String> me = call("/t/stockport/api/me", token("stockport"));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(me.body()).contains("\"council\":\"stockport\"").contains("\"roles\":[\"social-worker\"]")
                .contains("\"via\":\"bearer_token\"").contains("\"displayName\":\"service-account-case-system\"");
    }

    @Test
    void anotherCouncilsTokenIsRefusedAndTheAttemptLogged() {
        HttpResponse<String> me = call("/t/leeds/api/me", token("stockport"));

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h ->
                assertThat(h).contains("Bearer").contains("error=\"invalid_token\""));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Files.readString(ItEnvironment.serverLog()))
                .contains("Council leeds: bearer token refused for GET /t/leeds/api/me"));
    }

    @Test
    void withoutATokenTheApiSaysHowToAuthenticate() {
        HttpResponse<String> me = WebClient.get("/t/stockport/api/me");

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"stockport\"");
        assertThat(me.body()).contains("\"error\":\"unauthenticated\"");
    }

    @Test
    void unsignedResignedTamperedAndMalformedTokensAreRefused() throws Exception {
        String real = token("stockport");
        String[] parts = real.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Map<String, String> forgeries = Map.of(
                "alg none", encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".",
                "signed with another key", resigned(payload, header),
                "tampered roles", parts[0] + "." + encode(payload.replace("social-worker", "regional-lead")) + "." + parts[2],
                "not a token", "definitely-not-a-jwt",
                "empty", "");
        forgeries.forEach((name, token) ->
                assertThat(call("/t/stockport/api/me", token).statusCode()).as(name).isEqualTo(401));
    }

    @Test
    void pagesDoNotAcceptBearerTokens() {
        HttpResponse<String> search = call("/t/stockport/search", token("stockport"));

        assertThat(search.statusCode()).isEqualTo(303);
    }

    private static HttpResponse<String> call(String path, String token) {
        return WebClient.send(HttpRequest.newBuilder(ItEnvironment.uri(path)).header("Authorization", "Bearer " + token).GET());
    }

    /** A client-credentials token of the realm's demo API client, straight from Keycloak. */
    static String token(String realm) {
        String basic = Base64.getEncoder().encodeToString(("case-system:" + ItEnvironment.apiClientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = WebClient.send(HttpRequest.newBuilder(
                        URI.create(ItEnvironment.keycloak() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new AssertionError("no token from Keycloak: " + response.statusCode());
        }
        return token.group(1);
    }

    private static String resigned(String payload, String header) throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1")).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(),
                JWTClaimsSet.parse(payload));
        jwt.sign(new RSASSASigner(stranger));
        return jwt.serialize();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
