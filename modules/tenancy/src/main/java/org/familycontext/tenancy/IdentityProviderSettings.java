package org.familycontext.tenancy;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A council's OpenID Connect provider. The client secret is only ever a reference to where the
 * secret is kept at run time.
 *
 * @param issuer       the issuer URL, as in the provider's discovery document
 * @param clientId     Family Context's client id at that provider
 * @param clientSecret where the client secret is found, for a confidential client
 * @param apiAudience  the audience API access tokens must carry
 * @param roleClaim    the claim holding the user's roles or groups, as a dotted path
 * @param roleValues   per role code ({@code social-worker}, ...), the claim values that grant it
 */
public record IdentityProviderSettings(URI issuer, String clientId, Optional<SecretReference> clientSecret,
                                       String apiAudience, String roleClaim, Map<String, Set<String>> roleValues) {

    /** The role codes a council can map, as written in tenant configuration. */
    public static final Set<String> ROLE_CODES =
            Set.of("social-worker", "team-manager", "auditor", "information-governance", "regional-lead", "data-engineer");

    /**
     * The API audience when a council names none: the client id with {@code -api}. It must differ
     * from the client id, which is the audience of ID tokens, so an ID token is never an API token.
     */
    public static String defaultApiAudience(String clientId) {
        return clientId + "-api";
    }

    public IdentityProviderSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(apiAudience, "apiAudience");
        Objects.requireNonNull(roleClaim, "roleClaim");
        roleValues = Map.copyOf(roleValues);
    }
}
