package org.familycontext.identity.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A small OpenID Connect provider for unit tests (the integration tests use a real Keycloak):
 * discovery, keys, an authorization step the test drives directly, a token endpoint that checks
 * the client secret and the PKCE verifier, and an end-session endpoint. Tokens are signed with
 * Nimbus; one issuer per realm path.
 */
public final class FakeIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "family-context";
    public static final String CLIENT_SECRET = "s3cret-for-tests";
    public static final String API_AUDIENCE = CLIENT_ID + "-api";

    private record Grant(String realm, String redirectUri, String challenge, String nonce, Map<String, Object> claims) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    /** Changes applied to every ID token before signing (to break nonce, issuer, ...). */
    public volatile UnaryOperator<JWTClaimsSet.Builder> idTokenTamper = UnaryOperator.identity();

    public FakeIdentityProvider() throws IOException, JOSEException {
        this.key = new RSAKeyGenerator(2048).keyID("fake-" + UUID.randomUUID()).generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/", this::handle);
        server.start();
    }

    public URI issuer(String realm) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + realm);
    }

    /** Plays the user signing in: returns the callback parameters the provider would redirect with. */
    public Map<String, String> authorize(URI authorizationRequest, Map<String, Object> userClaims) {
        Map<String, List<String>> query = URLUtils.parseParameters(authorizationRequest.getRawQuery());
        String realm = authorizationRequest.getPath().split("/")[2];
        String code = UUID.randomUUID().toString();
        if (!"S256".equals(first(query, "code_challenge_method"))) {
            throw new AssertionError("PKCE S256 expected");
        }
        codes.put(code, new Grant(realm, first(query, "redirect_uri"), first(query, "code_challenge"), first(query, "nonce"),
                userClaims));
        return Map.of("code", code, "state", first(query, "state"));
    }

    /** A signed access token for an API client of the realm, shaped by {@code claims}. */
    public String accessToken(String realm, UnaryOperator<JWTClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer(realm).toString()).audience(API_AUDIENCE)
                .subject("service-account-case-system").claim("azp", "case-system").claim("roles", List.of("social-worker"))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
        return sign(claims.apply(builder).build(), key);
    }

    /** Signs claims with a key this provider does not publish. */
    public static String signedWithAnotherKey(JWTClaimsSet claims) throws JOSEException {
        return sign(claims, new RSAKeyGenerator(2048).keyID("stranger").generate());
    }

    public void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String realm = path[2];
        String endpoint = String.join("/", Arrays.copyOfRange(path, 3, path.length));
        switch (endpoint) {
            case ".well-known/openid-configuration" -> respond(exchange, 200, discovery(realm));
            case "certs" -> respond(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
            case "token" -> token(exchange, realm);
            default -> respond(exchange, 404, "{}");
        }
    }

    private String discovery(String realm) {
        String issuer = issuer(realm).toString();
        return "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/certs\","
                + "\"end_session_endpoint\":\"" + issuer + "/logout\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
    }

    private void token(HttpExchange exchange, String realm) throws IOException {
        Map<String, List<String>> form = URLUtils.parseParameters(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Grant grant = codes.remove(first(form, "code"));
        if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
        } else if (grant == null || !grant.realm().equals(realm) || !grant.redirectUri().equals(first(form, "redirect_uri"))
                || !CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(first(form, "code_verifier")))
                .getValue().equals(grant.challenge())) {
            respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
        } else {
            respond(exchange, 200, "{\"access_token\":\"opaque\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                    + "\"id_token\":\"" + idToken(realm, grant) + "\"}");
        }
    }

    private String idToken(String realm, Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer(realm).toString()).audience(CLIENT_ID)
                .subject((String) grant.claims().getOrDefault("sub", "user-1")).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", grant.nonce());
        grant.claims().forEach(claims::claim);
        return sign(idTokenTamper.apply(claims).build(), key);
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
