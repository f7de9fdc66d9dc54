package org.familycontext.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.TenantConfigurationCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./fc demo}: the whole product on this machine. PostgreSQL is embedded unless FC_DB_URL
 * names one (then FC_DB_USER, FC_DB_PASSWORD, FC_DB_OWNER_USER and FC_DB_OWNER_PASSWORD are used
 * as given); Ctrl-C stops everything.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run Family Context locally with embedded defaults; Ctrl-C stops it.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "9080")
    private int port;

    @Option(names = "--fresh", description = "start from an empty demo database")
    private boolean fresh;

    @Override
    public Integer call() throws Exception {
        Workspace workspace = Workspace.current();
        if (!Files.exists(workspace.builtWar()) || !Files.isDirectory(workspace.builtRuntime())) {
            System.err.println("The product is not built: run ./fc demo (it builds first) or mvn -DskipTests package.");
            return 2;
        }
        if (LocalPostgres.listening(port)) {
            System.err.println("Port " + port + " is in use (another demo?). Stop it, or choose another: ./fc demo --port 9081");
            return 2;
        }
        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "fc-demo-stop"));
        Map<String, String> env = new HashMap<>(database(workspace, stack));
        env.put("FC_HTTP_PORT", Integer.toString(port));
        env.put("FC_TENANT_CONFIG_DIR", workspace.tenantConfig().toString());
        System.out.println("Starting the Family Context server...");
        LibertyServer server = stack.add(LibertyServer.start(workspace, workspace.state("demo/liberty"), env));
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        if (!server.awaitReady(base.resolve("health/ready"), Duration.ofMinutes(3))) {
            System.err.println("The server did not become ready. See " + server.messagesLog() + " and " + server.consoleLog());
            return 1;
        }
        printWelcome(workspace, base, server);
        return server.waitFor();
    }

    private Map<String, String> database(Workspace workspace, Stack stack) throws Exception {
        String external = System.getenv("FC_DB_URL");
        if (external != null && !external.isBlank()) {
            System.out.println("Using the PostgreSQL at " + external + " (FC_DB_URL).");
            return Map.of();
        }
        System.out.println("Starting an embedded PostgreSQL...");
        LocalPostgres postgres = stack.add(LocalPostgres.embedded(workspace.state("demo/postgres"), 15432, fresh));
        DatabaseSettings settings = DatabaseSettings.local("familycontext");
        new DatabaseBootstrap(settings).apply(postgres.server(), fresh);
        System.out.println("Database: " + postgres.server().description());
        return settings.environment(postgres.server());
    }

    private static void printWelcome(Workspace workspace, URI base, LibertyServer server) {
        Logger.getLogger("org.familycontext.tenancy").setLevel(Level.OFF);
        List<CouncilId> councils = TenantConfigurationCheck.check(workspace.tenantConfig(), Clock.systemUTC()).councils();
        System.out.println();
        System.out.println("Family Context is running.");
        System.out.println("  Councils:        " + base.resolve("t/"));
        councils.forEach(c -> System.out.printf("    %-14s %s%n", c.value(), base.resolve("t/" + c.value() + "/")));
        System.out.println("  Health:          " + base.resolve("health/ready"));
        System.out.println("  Configuration:   " + workspace.tenantConfig() + " (add, change or remove a council file: "
                + "it applies within seconds)");
        System.out.println("  Server log:      " + server.messagesLog());
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");
    }
}
