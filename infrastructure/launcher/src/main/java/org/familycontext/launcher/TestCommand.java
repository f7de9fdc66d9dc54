package org.familycontext.launcher;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.TenantConfigurationCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code ./fc test}: every test, against real components. PostgreSQL: the machine's own on
 * 127.0.0.1:5432 when it is there (FC_TEST_EMBEDDED_POSTGRES=true ignores it), otherwise an
 * embedded one; always fresh databases. Keycloak: a real one with a realm per council. Extra
 * arguments go to Maven (e.g. {@code ./fc test -pl modules/app -am -Dit.test=HealthIT}).
 */
@Command(name = "test",
        description = "Run every test (unit, integration against Liberty, PostgreSQL and Keycloak, browser).")
final class TestCommand implements Callable<Integer> {

    static final int KEYCLOAK_PORT = 28080;
    static final int SERVER_PORT = 19080;

    /** Everything after "test" goes to Maven as it is. */
    @Unmatched
    private List<String> mavenArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Workspace workspace = Workspace.current();
        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "fc-test-stop"));
        boolean embeddedOnly = "true".equalsIgnoreCase(System.getenv("FC_TEST_EMBEDDED_POSTGRES"));
        LocalPostgres postgres = (embeddedOnly ? Optional.<LocalPostgres>empty() : LocalPostgres.machines())
                .orElseGet(() -> stack.add(LocalPostgres.embedded(workspace.root().resolve("target/fc-test-postgres"), 25432, true)));
        DatabaseSettings settings = DatabaseSettings.local("fc_test");
        new DatabaseBootstrap(settings).apply(postgres.server(), true);
        DatabaseBootstrap.ensureDatabase(postgres.server(), "fc_test_keycloak", true);
        LocalWarehouse warehouse = LocalWarehouse.prepare(postgres.server(), "fc_test_warehouse", true);
        System.out.println("Tests use " + postgres.server().description() + ", databases fc_test, fc_test_keycloak and "
                + "fc_test_warehouse");

        Logger.getLogger("org.familycontext.tenancy").setLevel(Level.OFF);
        List<Council> councils = TenantConfigurationCheck.councils(workspace.tenantConfig(), Clock.systemUTC());
        LocalIdentity identity = new LocalIdentity(councils);
        int keycloakPort = LocalPostgres.listening(KEYCLOAK_PORT) ? LocalPostgres.freePort() : KEYCLOAK_PORT;
        System.out.println("Starting Keycloak on 127.0.0.1:" + keycloakPort + "...");
        String adminPassword = LocalIdentity.secret();
        LocalKeycloak keycloak = identity.start(stack, Distribution.keycloakZip(), keycloakPort, postgres.server(),
                "fc_test_keycloak", adminPassword, workspace.root().resolve("target/fc-test-keycloak.log"), councils,
                List.of(URI.create("http://127.0.0.1:" + SERVER_PORT)), true);

        List<String> command = new ArrayList<>(List.of(maven(), "-B", "--no-transfer-progress", "-Dstyle.color=never",
                "-Dit.keycloak.port=" + keycloakPort, "verify"));
        command.addAll(mavenArguments);
        ProcessBuilder build = new ProcessBuilder(command).directory(workspace.root().toFile()).inheritIO();
        Map<String, String> env = build.environment();
        env.putAll(settings.environment(postgres.server()));
        env.put("FC_DB_ADMIN_USER", postgres.server().adminUser());
        env.put("FC_DB_ADMIN_PASSWORD", postgres.server().adminPassword());
        env.putAll(identity.serverEnvironment());
        env.putAll(warehouse.serverEnvironment(councils.stream().map(Council::id).toList()));
        env.put("FC_IT_WAREHOUSE_URL", warehouse.adminUrl());
        env.put("FC_IT_KEYCLOAK_URL", keycloak.base().toString());
        env.put("FC_IT_API_CLIENT_SECRET", identity.apiClientSecret());
        env.put("FC_IT_KEYCLOAK_ADMIN_PASSWORD", adminPassword);
        int exit = build.start().waitFor();
        stack.close();
        return exit;
    }

    private static String maven() {
        String configured = System.getenv("MAVEN_CMD");
        return configured != null && !configured.isBlank() ? configured : "mvn";
    }
}
