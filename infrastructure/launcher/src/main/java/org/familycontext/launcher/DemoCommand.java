package org.familycontext.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.kernel.CouncilId;
import org.familycontext.synthetic.RegionSpec;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.TenantConfigurationCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./fc demo}: the whole product on this machine: PostgreSQL (embedded unless FC_DB_URL names
 * one; then FC_DB_USER, FC_DB_PASSWORD, FC_DB_OWNER_USER and FC_DB_OWNER_PASSWORD are used as
 * given, with FC_DB_LOADER_USER and FC_DB_LOADER_PASSWORD), a real Keycloak on 127.0.0.1:18080 with a
 * realm and demo users per council, a synthetic region of the configured councils (CSV extracts in
 * each council's drop folder, and the same extracts as tables in a local "warehouse" database for
 * councils that read one), and the Family Context server, which loads them. Ctrl-C stops everything.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run Family Context locally with embedded defaults; Ctrl-C stops it.")
final class DemoCommand implements Callable<Integer> {

    private static final int KEYCLOAK_PORT = 18080;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "9080")
    private int port;

    @Option(names = "--fresh", description = "start from empty demo databases")
    private boolean fresh;

    @Option(names = "--people", paramLabel = "N", description = "synthetic people per council (default: ${DEFAULT-VALUE})",
            defaultValue = "" + RegionSpec.DEFAULT_PEOPLE)
    private int people;

    @Override
    public Integer call() throws Exception {
        Workspace workspace = Workspace.current();
        if (!Files.exists(workspace.builtWar()) || !Files.isDirectory(workspace.builtRuntime())) {
            System.err.println("The product is not built: run ./fc demo (it builds first) or mvn -DskipTests package.");
            return 2;
        }
        for (int wanted : new int[] {port, KEYCLOAK_PORT}) {
            if (LocalPostgres.listening(wanted)) {
                System.err.println("Port " + wanted + " is in use (another demo?). Stop it first"
                        + (wanted == port ? ", or choose another: ./fc demo --port 9081" : "."));
                return 2;
            }
        }
        Logger.getLogger("org.familycontext.tenancy").setLevel(Level.OFF);
        List<Council> councils = TenantConfigurationCheck.councils(workspace.tenantConfig(), Clock.systemUTC());
        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "fc-demo-stop"));
        System.out.println("Starting PostgreSQL...");
        LocalPostgres postgres = stack.add(LocalPostgres.embedded(workspace.state("demo/postgres"), 15432, fresh));
        LocalIdentity identity = new LocalIdentity(councils);
        Map<String, String> env = new HashMap<>(database(postgres));
        List<CouncilId> ids = councils.stream().map(Council::id).toList();
        Path region = KeptRegion.ensure(workspace.state("demo/region"), ids, people, fresh);
        LocalWarehouse warehouse = LocalWarehouse.prepare(postgres.server(), "warehouse", true);
        warehouse.load(region, ids);
        env.putAll(warehouse.serverEnvironment(ids));
        env.put("FC_SOURCES_DIR", region.toString());
        env.putAll(identity.serverEnvironment());
        env.put("FC_HTTP_PORT", Integer.toString(port));
        env.put("FC_TENANT_CONFIG_DIR", workspace.tenantConfig().toString());
        System.out.println("Starting the Family Context server and Keycloak...");
        LibertyServer server = stack.add(LibertyServer.start(workspace, workspace.state("demo/liberty"), env));
        DatabaseBootstrap.ensureDatabase(postgres.server(), "keycloak", fresh);
        URI base = URI.create("http://127.0.0.1:" + port);
        LocalKeycloak keycloak = identity.start(stack, Distribution.keycloakZip(), KEYCLOAK_PORT, postgres.server(), "keycloak",
                DemoPeople.PASSWORD, workspace.state("demo/keycloak.log"), councils,
                List.of(base, URI.create("http://localhost:" + port)), false);
        if (!server.awaitReady(base.resolve("/health/ready"), Duration.ofMinutes(3))) {
            System.err.println("The server did not become ready. See " + server.messagesLog() + " and " + server.consoleLog());
            return 1;
        }
        Welcome.print(base, keycloak.base(), councils, workspace, server);
        return server.waitFor();
    }

    private Map<String, String> database(LocalPostgres postgres) throws Exception {
        String external = System.getenv("FC_DB_URL");
        if (external != null && !external.isBlank()) {
            System.out.println("Family Context uses the PostgreSQL at " + external + " (FC_DB_URL); Keycloak uses "
                    + postgres.server().description() + ".");
            return Map.of();
        }
        DatabaseSettings settings = DatabaseSettings.local("familycontext");
        new DatabaseBootstrap(settings).apply(postgres.server(), fresh);
        System.out.println("Database: " + postgres.server().description());
        return settings.environment(postgres.server());
    }
}
