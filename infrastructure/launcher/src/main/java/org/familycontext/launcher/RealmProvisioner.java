package org.familycontext.launcher;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.familycontext.tenancy.Council;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Creates or updates, idempotently, a council's Keycloak realm from its tenant configuration,
 * through Keycloak's admin API: the realm (named by the council id), the Family Context roles, a
 * confidential client with PKCE (S256) and the standard flow only, its redirect and post-logout
 * URIs, and the mappers that put the roles and Family Context's audience into tokens.
 */
final class RealmProvisioner implements AutoCloseable {

    static final List<String> ROLES = List.of("social-worker", "team-manager", "auditor", "information-governance",
            "regional-lead", "data-engineer");

    private final Keycloak keycloak;

    RealmProvisioner(URI server, String adminUser, String adminPassword) {
        this.keycloak = KeycloakBuilder.builder().serverUrl(server.toString()).realm("master").clientId("admin-cli")
                .grantType(OAuth2Constants.PASSWORD).username(adminUser).password(adminPassword).build();
    }

    /** The realm, its roles and the Family Context client; returns the realm's resource for more. */
    RealmResource provision(Council council, List<URI> publicBaseUrls, String clientSecret) {
        String realm = council.id().value();
        RealmRepresentation settings = new RealmRepresentation();
        settings.setRealm(realm);
        settings.setDisplayName(council.displayName());
        settings.setEnabled(true);
        settings.setRegistrationAllowed(false);
        settings.setResetPasswordAllowed(false);
        settings.setBruteForceProtected(true);
        settings.setAccessTokenLifespan(300);
        settings.setSsoSessionIdleTimeout((int) council.session().idle().toSeconds());
        settings.setSsoSessionMaxLifespan((int) council.session().absolute().toSeconds());
        if (keycloak.realms().findAll().stream().anyMatch(r -> realm.equals(r.getRealm()))) {
            keycloak.realm(realm).update(settings);
        } else {
            keycloak.realms().create(settings);
        }
        RealmResource resource = keycloak.realm(realm);
        ROLES.forEach(role -> ensureRole(resource, role));
        ClientResource client = ensureClient(resource, familyContextClient(council, publicBaseUrls, clientSecret));
        ensureMapper(client, rolesMapper());
        ensureMapper(client, audienceMapper(council.identityProvider().apiAudience()));
        return resource;
    }

    static void ensureRole(RealmResource realm, String name) {
        try {
            realm.roles().get(name).toRepresentation();
        } catch (NotFoundException missing) {
            RoleRepresentation role = new RoleRepresentation();
            role.setName(name);
            role.setDescription("Family Context: " + name.replace('-', ' '));
            realm.roles().create(role);
        }
    }

    static ClientResource ensureClient(RealmResource realm, ClientRepresentation wanted) {
        Optional<ClientRepresentation> existing = realm.clients().findByClientId(wanted.getClientId()).stream().findFirst();
        if (existing.isPresent()) {
            wanted.setId(existing.get().getId());
            realm.clients().get(existing.get().getId()).update(wanted);
            return realm.clients().get(existing.get().getId());
        }
        try (Response created = realm.clients().create(wanted)) {
            return realm.clients().get(CreatedResponseUtil.getCreatedId(created));
        }
    }

    static void ensureMapper(ClientResource client, ProtocolMapperRepresentation wanted) {
        Optional<ProtocolMapperRepresentation> existing = client.getProtocolMappers().getMappers().stream()
                .filter(m -> m.getName().equals(wanted.getName())).findFirst();
        if (existing.isPresent()) {
            wanted.setId(existing.get().getId());
            client.getProtocolMappers().update(existing.get().getId(), wanted);
        } else {
            try (Response created = client.getProtocolMappers().createMapper(wanted)) {
                CreatedResponseUtil.getCreatedId(created);
            }
        }
    }

    private static ClientRepresentation familyContextClient(Council council, List<URI> bases, String secret) {
        String id = council.id().value();
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(council.identityProvider().clientId());
        client.setName("Family Context");
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setSecret(secret);
        client.setStandardFlowEnabled(true);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(false);
        client.setRedirectUris(bases.stream().map(b -> b + "/t/" + id + "/sign-in/callback").toList());
        client.setWebOrigins(List.of());
        Map<String, String> attributes = new HashMap<>();
        attributes.put("pkce.code.challenge.method", "S256");
        attributes.put("post.logout.redirect.uris", String.join("##",
                bases.stream().map(b -> b + "/t/" + id + "/signed-out").toList()));
        attributes.put("oauth2.device.authorization.grant.enabled", "false");
        attributes.put("oidc.ciba.grant.enabled", "false");
        client.setAttributes(attributes);
        return client;
    }

    /** Realm roles as a flat "roles" claim in ID token, access token and user info. */
    static ProtocolMapperRepresentation rolesMapper() {
        return mapper("family-context-roles", "oidc-usermodel-realm-role-mapper", Map.of("claim.name", "roles",
                "multivalued", "true", "jsonType.label", "String", "id.token.claim", "true", "access.token.claim", "true",
                "userinfo.token.claim", "true", "introspection.token.claim", "true"));
    }

    /** Family Context's API audience in access tokens. */
    static ProtocolMapperRepresentation audienceMapper(String audience) {
        return mapper("family-context-audience", "oidc-audience-mapper", Map.of("included.custom.audience", audience,
                "access.token.claim", "true", "id.token.claim", "false", "introspection.token.claim", "true"));
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(new HashMap<>(config));
        return mapper;
    }


    @Override
    public void close() {
        keycloak.close();
    }
}
