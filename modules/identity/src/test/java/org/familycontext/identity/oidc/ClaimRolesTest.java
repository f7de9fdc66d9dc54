package org.familycontext.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.familycontext.identity.Role;
import org.familycontext.tenancy.IdentityProviderSettings;
import org.junit.jupiter.api.Test;

class ClaimRolesTest {

    @Test
    void readsANestedClaimSuchAsKeycloaksRealmAccess() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("team-manager", "offline_access")));

        assertThat(ClaimRoles.of(claims, settings("realm_access.roles", Map.of()))).containsExactly(Role.TEAM_MANAGER);
    }

    @Test
    void mapsEntraGroupIdsToRoles() {
        Map<String, Object> claims = Map.of("groups", List.of("aaaa-1111", "bbbb-2222"));
        IdentityProviderSettings entra = settings("groups", Map.of("social-worker", Set.of("aaaa-1111"),
                "auditor", Set.of("cccc-3333")));

        assertThat(ClaimRoles.of(claims, entra)).containsExactly(Role.SOCIAL_WORKER);
    }

    @Test
    void aSingleStringValueCounts() {
        assertThat(ClaimRoles.of(Map.of("roles", "auditor"), settings("roles", Map.of()))).containsExactly(Role.AUDITOR);
    }

    @Test
    void missingOrOddClaimsGrantNothing() {
        IdentityProviderSettings settings = settings("realm_access.roles", Map.of());

        assertThat(ClaimRoles.of(Map.of(), settings)).isEmpty();
        assertThat(ClaimRoles.of(Map.of("realm_access", "social-worker"), settings)).isEmpty();
        assertThat(ClaimRoles.of(Map.of("realm_access", Map.of("roles", List.of(1, true))), settings)).isEmpty();
        assertThat(ClaimRoles.of(Map.of("roles", List.of("Social-Worker")), settings("roles", Map.of())))
                .as("values are compared exactly").isEmpty();
    }

    private static IdentityProviderSettings settings(String claim, Map<String, Set<String>> configured) {
        Map<String, Set<String>> values = new HashMap<>();
        IdentityProviderSettings.ROLE_CODES.forEach(code -> values.put(code, configured.getOrDefault(code, Set.of(code))));
        return new IdentityProviderSettings(URI.create("https://idp.example"), "fc", Optional.empty(), "fc", claim, values);
    }
}
