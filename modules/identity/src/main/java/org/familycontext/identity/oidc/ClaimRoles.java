package org.familycontext.identity.oidc;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.familycontext.identity.Role;
import org.familycontext.tenancy.IdentityProviderSettings;

/**
 * Turns a token's claims into Family Context roles using the council's mapping: the values found
 * under the configured claim (a dotted path such as {@code roles} or {@code realm_access.roles})
 * grant each role whose configured values they include. Anything else grants nothing.
 */
public final class ClaimRoles {

    private ClaimRoles() {
    }

    public static Set<Role> of(Map<String, Object> claims, IdentityProviderSettings settings) {
        return granted(valuesAt(claims, settings.roleClaim()), settings);
    }

    /** The roles that claim values grant under the council's mapping in force. */
    public static Set<Role> granted(Set<String> values, IdentityProviderSettings settings) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            Set<String> granting = settings.roleValues().getOrDefault(role.code(), Set.of());
            if (granting.stream().anyMatch(values::contains)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The string values found under a dotted claim path (one string, or a list of them). */
    public static Set<String> valuesAt(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String step : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return Set.of();
            }
            node = map.get(step);
        }
        Set<String> values = new HashSet<>();
        if (node instanceof String single) {
            values.add(single);
        } else if (node instanceof Collection<?> many) {
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        }
        return values;
    }
}
