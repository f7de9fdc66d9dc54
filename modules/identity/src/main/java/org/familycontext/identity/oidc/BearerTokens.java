package org.familycontext.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.familycontext.identity.ApiTokens;
import org.familycontext.identity.SignInUnavailable;
import org.familycontext.identity.SignedInUser;
import org.familycontext.identity.TokenRefused;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.LogText;
import org.familycontext.tenancy.IdentityProviderSettings;

/**
 * Verifies API clients' bearer tokens with Nimbus: a signed JWT (never {@code alg: none}) whose
 * signature matches a key the council's issuer publishes, from that issuer, for Family Context's API
 * audience (never the browser client's, which ID tokens carry), within its validity (60 s clock
 * skew), and not an ID token. Keys are cached and refreshed by Nimbus.
 */
public final class BearerTokens implements ApiTokens {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);
    private static final int MAX_CLOCK_SKEW_SECONDS = 60;

    private final ProviderDirectory providers;
    private final Function<URI, JWKSource<SecurityContext>> keySources;
    private final Clock clock;
    private final Map<String, DefaultJWTProcessor<SecurityContext>> processors = new ConcurrentHashMap<>();

    /** Verifies against the keys the providers publish. */
    public BearerTokens(ProviderDirectory providers, HttpSettings http, Clock clock) {
        this(providers, keySet -> publishedKeys(keySet, http), clock);
    }

    /** Verifies against keys from elsewhere (tests). */
    public BearerTokens(ProviderDirectory providers, Function<URI, JWKSource<SecurityContext>> keySources, Clock clock) {
        this.providers = providers;
        this.keySources = keySources;
        this.clock = clock;
    }

    @Override
    public SignedInUser verify(CouncilId council, String bearerToken) {
        Provider provider = providers.provider(council);
        IdentityProviderSettings settings = provider.settings();
        JWTClaimsSet claims;
        try {
            claims = processorFor(provider).process(bearerToken, null);
        } catch (ParseException e) {
            throw new TokenRefused("not a JWT");
        } catch (RateLimitReachedException e) {
            throw new TokenRefused("signed with a key the issuer does not publish");
        } catch (KeySourceException e) {
            throw new SignInUnavailable(council, "its signing keys cannot be fetched", e);
        } catch (BadJOSEException | JOSEException e) {
            throw new TokenRefused(LogText.safe(e.getMessage()));
        }
        if (claims.getClaim("nonce") != null || "ID".equalsIgnoreCase(String.valueOf(claims.getClaim("typ")))) {
            throw new TokenRefused("an ID token is not an access token");
        }
        Instant issued = claims.getIssueTime() == null ? clock.instant() : claims.getIssueTime().toInstant();
        return new SignedInUser(council, claims.getSubject(),
                ClaimNames.firstOf(claims.getClaims(), claims.getSubject(), "preferred_username", "client_id", "azp"),
                ClaimRoles.of(claims.getClaims(), settings), issued, SignedInUser.Via.BEARER_TOKEN);
    }

    private DefaultJWTProcessor<SecurityContext> processorFor(Provider provider) {
        IdentityProviderSettings settings = provider.settings();
        URI keySet = provider.metadata().getJWKSetURI();
        String key = settings.issuer() + " " + settings.apiAudience() + " " + keySet;
        return processors.computeIfAbsent(key, k -> {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                    new JOSEObjectType("at+jwt"), null));
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keySources.apply(keySet)));
            processor.setJWTClaimsSetVerifier(new ClockedClaimsVerifier(settings, clock));
            return processor;
        });
    }

    private static JWKSource<SecurityContext> publishedKeys(URI keySet, HttpSettings http) {
        try {
            return JWKSourceBuilder.create(keySet.toURL(), http.retriever()).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("the provider's key set address is not a URL", e);
        }
    }

    /** Issuer, audience, subject and expiry required; time from the service's clock. */
    private static final class ClockedClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

        private final Clock clock;

        ClockedClaimsVerifier(IdentityProviderSettings settings, Clock clock) {
            super(settings.apiAudience(), new JWTClaimsSet.Builder().issuer(settings.issuer().toString()).build(),
                    Set.of("sub", "exp"));
            setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
            this.clock = clock;
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }
    }
}
