package org.familycontext.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.SecretReference;
import org.familycontext.tenancy.TenantConfigurationCheck;
import org.keycloak.admin.client.resource.RealmResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./fc tenants provision-realm COUNCIL}: creates or updates the council's Keycloak realm
 * from its tenant configuration (realm named by the council id, roles, the Family Context client
 * with PKCE, role and audience mappers). Running it again changes only what differs.
 */
@Command(name = "provision-realm", mixinStandardHelpOptions = true,
        description = "Create or update a council's Keycloak realm from its tenant configuration (idempotent).")
final class ProvisionRealmCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "COUNCIL", description = "the council id, e.g. stockport")
    private String council;

    @Option(names = "--config", description = "tenant configuration directory (default: tenant-config)")
    private Path configuration = Path.of("tenant-config");

    @Option(names = "--admin-user", defaultValue = "admin", description = "Keycloak administrator (default: ${DEFAULT-VALUE})")
    private String adminUser;

    @Option(names = "--admin-password-env", defaultValue = "KEYCLOAK_ADMIN_PASSWORD",
            description = "environment variable holding the administrator's password (default: ${DEFAULT-VALUE})")
    private String adminPasswordVariable;

    @Option(names = "--public-url", description = "the address users reach Family Context at; repeatable "
            + "(default: http://127.0.0.1:9080)")
    private List<URI> publicUrls = new ArrayList<>();

    @Option(names = "--demo-users", description = "also add the demo users (sw., tm., aud., ig., lead.<council>, password demo): "
            + "never for a production realm")
    private boolean demoUsers;

    @Override
    public Integer call() {
        Logger.getLogger("org.familycontext.tenancy").setLevel(Level.OFF);
        Optional<CouncilId> id = CouncilId.parse(council);
        Optional<Council> found = id.flatMap(c -> TenantConfigurationCheck.councils(configuration, Clock.systemUTC()).stream()
                .filter(x -> x.id().equals(c)).findFirst());
        if (found.isEmpty()) {
            System.err.println("No valid configuration for council '" + council + "' in " + configuration
                    + " (check it with ./fc tenants validate)");
            return 2;
        }
        Council target = found.get();
        URI issuer = target.identityProvider().issuer();
        String path = issuer.getPath();
        if (!path.endsWith("/realms/" + council)) {
            System.err.println("The issuer " + issuer + " is not a Keycloak realm named '" + council + "' (expected .../realms/"
                    + council + ")");
            return 2;
        }
        URI server = issuer.resolve(path.substring(0, path.length() - ("/realms/" + council).length()) + "/");
        String password = System.getenv(adminPasswordVariable);
        if (password == null || password.isBlank()) {
            System.err.println("Set " + adminPasswordVariable + " to the Keycloak administrator's password.");
            return 2;
        }
        String secret = clientSecret(target);
        try (RealmProvisioner provisioner = new RealmProvisioner(server, adminUser, password)) {
            RealmResource realm = provisioner.provision(target, publicUrls.isEmpty()
                    ? List.of(URI.create("http://127.0.0.1:9080")) : publicUrls, secret);
            if (demoUsers) {
                DemoPeople.addUsers(realm, council);
            }
        }
        System.out.println("Realm '" + council + "' at " + server + " is provisioned for " + target.displayName() + ".");
        return 0;
    }

    /** The secret the server will read (its environment variable, when set), or a new one to give it. */
    private static String clientSecret(Council council) {
        Optional<SecretReference> reference = council.identityProvider().clientSecret();
        Optional<String> current = reference.filter(r -> r.source() == SecretReference.Source.ENVIRONMENT)
                .map(r -> System.getenv(r.name())).filter(v -> !v.isBlank());
        if (current.isPresent()) {
            return current.get();
        }
        String generated = LocalIdentity.secret();
        System.out.println("A new client secret was set. Give it to the server as "
                + reference.map(SecretReference::toString).orElse("the council's clientSecret") + ": " + generated);
        return generated;
    }
}
