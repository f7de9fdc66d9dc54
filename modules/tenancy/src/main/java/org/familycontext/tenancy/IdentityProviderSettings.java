package org.familycontext.tenancy;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A council's OpenID Connect provider. The client secret is only ever a reference to where the
 * secret is kept at run time.
 *
 * @param issuer       the issuer URL, as in the provider's discovery document
 * @param clientId     Family Context's client id at that provider
 * @param clientSecret where the client secret is found, for a confidential client
 */
public record IdentityProviderSettings(URI issuer, String clientId, Optional<SecretReference> clientSecret) {

    public IdentityProviderSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }
}
