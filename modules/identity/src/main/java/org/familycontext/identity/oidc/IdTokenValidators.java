package org.familycontext.identity.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.MalformedURLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Nimbus ID token validator per provider (issuer, client, key set), kept so the provider's keys
 * are cached between sign-ins. Validators check signature (RS256, the providers' default),
 * issuer, audience, expiry, issue time and nonce.
 */
final class IdTokenValidators {

    private static final int MAX_CLOCK_SKEW_SECONDS = 60;

    private final HttpSettings http;
    private final Map<String, IDTokenValidator> validators = new ConcurrentHashMap<>();

    IdTokenValidators(HttpSettings http) {
        this.http = http;
    }

    IDTokenValidator of(Provider provider) {
        String key = provider.settings().issuer() + " " + provider.settings().clientId() + " " + provider.metadata().getJWKSetURI();
        return validators.computeIfAbsent(key, k -> create(provider));
    }

    private IDTokenValidator create(Provider provider) {
        try {
            IDTokenValidator validator = new IDTokenValidator(new Issuer(provider.settings().issuer()),
                    new ClientID(provider.settings().clientId()), JWSAlgorithm.RS256,
                    provider.metadata().getJWKSetURI().toURL(), http.retriever());
            validator.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
            return validator;
        } catch (MalformedURLException e) {
            throw new IllegalStateException("the provider's key set address is not a URL", e);
        }
    }
}
