package org.familycontext.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.familycontext.identity.Role;
import org.familycontext.identity.SignedInUser;
import org.familycontext.identity.TokenRefused;
import org.familycontext.identity.testing.FakeIdentityProvider;
import org.familycontext.kernel.testing.MutableClock;
import org.familycontext.identity.testing.TestCouncils;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.SessionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

    private static final CouncilId LEEDS = new CouncilId("leeds");
    private static final CouncilId STOCKPORT = new CouncilId("stockport");

    private FakeIdentityProvider idp;
    private final MutableClock clock = new MutableClock(Instant.now());
    private BearerTokens tokens;

    @BeforeEach
    void start() throws Exception {
        idp = new FakeIdentityProvider();
        TestCouncils councils = new TestCouncils()
                .with(TestCouncils.council("leeds", idp.issuer("leeds"), SessionPolicy.DEFAULT))
                .with(TestCouncils.council("stockport", idp.issuer("stockport"), SessionPolicy.DEFAULT));
        HttpSettings http = new HttpSettings(Duration.ofSeconds(2));
        tokens = new BearerTokens(new ProviderDirectory(councils, http, clock), http, clock);
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    @Test
    void acceptsAValidTokenFromTheCouncilsIssuer() {
        SignedInUser user = tokens.verify(LEEDS, idp.accessToken("leeds", c -> c));

        assertThat(user.council()).isEqualTo(LEEDS);
        assertThat(user.subject()).isEqualTo("service-account-case-system");
        assertThat(user.displayName()).isEqualTo("case-system");
        assertThat(user.roles()).containsExactly(Role.SOCIAL_WORKER);
        assertThat(user.via()).isEqualTo(SignedInUser.Via.BEARER_TOKEN);
    }

    @Test
    void refusesAnExpiredToken() {
        String token = idp.accessToken("leeds", c -> c);
        clock.advance(Duration.ofMinutes(7));

        assertRefused(token, "Expired JWT");
    }

    @Test
    void refusesATokenNotYetValid() {
        assertRefused(idp.accessToken("leeds", c -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(600)))),
                "JWT before use time");
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertRefused(idp.accessToken("leeds", c -> c.issuer("http://127.0.0.1/realms/leeds")), "iss");
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertRefused(idp.accessToken("leeds", c -> c.audience("account")), "aud");
    }

    @Test
    void refusesAnIdTokenEvenFromTheRightIssuer() {
        assertRefused(idp.accessToken("leeds", c -> c.audience("family-context").claim("nonce", "n-1").claim("typ", "ID")), "aud");
        assertRefused(idp.accessToken("leeds", c -> c.claim("nonce", "n-1")), "ID token");
        assertRefused(idp.accessToken("leeds", c -> c.claim("typ", "ID")), "ID token");
    }

    @Test
    void refusesAnUnsignedToken() {
        JWTClaimsSet claims = SignedJWTs.claimsOf(idp.accessToken("leeds", c -> c));
        String unsigned = new PlainJWT(new PlainHeader(), claims).serialize();

        assertThatThrownBy(() -> tokens.verify(LEEDS, unsigned)).isInstanceOf(TokenRefused.class);
    }

    @Test
    void refusesATokenSignedWithAKeyTheIssuerDoesNotPublish() throws Exception {
        JWTClaimsSet claims = SignedJWTs.claimsOf(idp.accessToken("leeds", c -> c));

        assertThatThrownBy(() -> tokens.verify(LEEDS, FakeIdentityProvider.signedWithAnotherKey(claims)))
                .isInstanceOf(TokenRefused.class);
    }

    @Test
    void refusesATamperedToken() {
        String token = idp.accessToken("leeds", c -> c.claim("roles", List.of("social-worker")));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("social-worker", "regional-lead");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefused(forged, "Invalid signature");
    }

    @Test
    void refusesAnotherCouncilsToken() {
        String stockportToken = idp.accessToken("stockport", c -> c);

        assertThat(tokens.verify(STOCKPORT, stockportToken).council()).isEqualTo(STOCKPORT);
        assertRefused(stockportToken, "iss");
    }

    @Test
    void refusesSomethingThatIsNotAToken() {
        assertRefused("not-a-token", "not a JWT");
    }

    @Test
    void aTokenWithoutRolesGrantsNone() {
        assertThat(tokens.verify(LEEDS, idp.accessToken("leeds", c -> c.claim("roles", List.of("uma_authorization")))).roles())
                .isEmpty();
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> tokens.verify(LEEDS, token)).isInstanceOf(TokenRefused.class).hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(token));
    }

    /** Takes a token apart, to forge variants of it. */
    private static final class SignedJWTs {

        static JWTClaimsSet claimsOf(String token) {
            try {
                return SignedJWT.parse(token).getJWTClaimsSet();
            } catch (java.text.ParseException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
