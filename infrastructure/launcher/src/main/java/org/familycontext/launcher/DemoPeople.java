package org.familycontext.launcher;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The demo's people, for local runs only (never a production realm): one user per role named
 * {@code sw.<council>}, {@code tm.}, {@code aud.}, {@code ig.}, {@code lead.}, {@code de.}, password {@code demo};
 * and a {@code case-system} API client whose service account is a social worker.
 */
final class DemoPeople {

    static final String PASSWORD = "demo";
    static final String API_CLIENT = "case-system";

    /** Role prefix, role, first name and last name of each demo user. */
    static final List<List<String>> USERS = List.of(
            List.of("sw", "social-worker", "Sam", "Worker"),
            List.of("tm", "team-manager", "Tess", "Manager"),
            List.of("aud", "auditor", "Ade", "Auditor"),
            List.of("ig", "information-governance", "Ina", "Governance"),
            List.of("lead", "regional-lead", "Lee", "Lead"),
            List.of("de", "data-engineer", "Dee", "Engineer"));

    private DemoPeople() {
    }

    static void addUsers(RealmResource realm, String council) {
        for (List<String> user : USERS) {
            ensureUser(realm, user.get(0) + "." + council, user.get(2), user.get(3), List.of(user.get(1)));
        }
    }

    /** A user who can sign in but holds no Family Context role (to test refusals). */
    static void addUserWithoutRole(RealmResource realm, String council) {
        ensureUser(realm, "norole." + council, "Nora", "Norole", List.of());
    }

    /** An API client (client credentials) acting as a social worker, with its secret. */
    static void addApiClient(RealmResource realm, String secret, String audience) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(API_CLIENT);
        client.setName("Case system (demo API client)");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setSecret(secret);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        ClientResource resource = RealmProvisioner.ensureClient(realm, client);
        RealmProvisioner.ensureMapper(resource, RealmProvisioner.rolesMapper());
        RealmProvisioner.ensureMapper(resource, RealmProvisioner.audienceMapper(audience));
        UserResource account = realm.users().get(resource.getServiceAccountUser().getId());
        grant(realm, account, List.of("social-worker"));
    }

    private static void ensureUser(RealmResource realm, String username, String first, String last, List<String> roles) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(username + "@demo.familycontext.invalid");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setRequiredActions(List.of());
        List<UserRepresentation> found = realm.users().searchByUsername(username, true);
        String id;
        if (found.isEmpty()) {
            try (Response created = realm.users().create(user)) {
                id = CreatedResponseUtil.getCreatedId(created);
            }
        } else {
            id = found.get(0).getId();
            realm.users().get(id).update(user);
        }
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        realm.users().get(id).resetPassword(password);
        grant(realm, realm.users().get(id), roles);
    }

    private static void grant(RealmResource realm, UserResource user, List<String> roles) {
        List<String> held = user.roles().realmLevel().listAll().stream().map(RoleRepresentation::getName).toList();
        List<RoleRepresentation> missing = roles.stream().filter(r -> !held.contains(r))
                .map(r -> realm.roles().get(r).toRepresentation()).toList();
        if (!missing.isEmpty()) {
            user.roles().realmLevel().add(missing);
        }
    }
}
