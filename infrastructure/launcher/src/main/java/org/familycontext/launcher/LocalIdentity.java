package org.familycontext.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.SecretReference;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The identity side of a local run: a real Keycloak with a realm per council (named by its id),
 * provisioned from tenant configuration with fresh client secrets, demo users for every role and
 * a demo API client; and the environment that hands the secrets to the server.
 */
final class LocalIdentity {

    private final Map<String, String> serverEnvironment = new LinkedHashMap<>();
    private final String apiClientSecret = secret();

    /** Secrets for every council, decided before anything starts so the server can be given them. */
    LocalIdentity(List<Council> councils) {
        for (Council council : councils) {
            council.identityProvider().clientSecret()
                    .filter(ref -> ref.source() == SecretReference.Source.ENVIRONMENT)
                    .ifPresent(ref -> serverEnvironment.put(ref.name(), secret()));
        }
    }

    /** The environment variables the server reads the councils' client secrets from. */
    Map<String, String> serverEnvironment() {
        return Map.copyOf(serverEnvironment);
    }

    String apiClientSecret() {
        return apiClientSecret;
    }

    /** Starts Keycloak and provisions every council's realm; throws if Keycloak does not come up. */
    LocalKeycloak start(Stack stack, Path distribution, int port, PostgresServer postgres, String database,
                        String adminPassword, Path log, List<Council> councils, List<URI> publicBaseUrls,
                        boolean withTestUsers) throws Exception {
        LocalKeycloak keycloak = stack.add(LocalKeycloak.start(distribution, port, postgres, database, adminPassword, log));
        if (!keycloak.awaitReady(Duration.ofMinutes(4))) {
            throw new IllegalStateException("Keycloak did not start; see " + log);
        }
        try (RealmProvisioner provisioner = new RealmProvisioner(keycloak.base(), "admin", adminPassword)) {
            for (Council council : councils) {
                String secret = council.identityProvider().clientSecret()
                        .map(ref -> serverEnvironment.get(ref.name())).orElse(null);
                RealmResource realm = provisioner.provision(council, publicBaseUrls, secret);
                DemoPeople.addUsers(realm, council.id().value());
                DemoPeople.addApiClient(realm, apiClientSecret, council.identityProvider().apiAudience());
                if (withTestUsers) {
                    DemoPeople.addUserWithoutRole(realm, council.id().value());
                }
            }
        }
        return keycloak;
    }

    static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
