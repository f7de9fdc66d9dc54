package org.familycontext.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code ./fc test}: every test, against real components. Uses the machine's PostgreSQL on
 * 127.0.0.1:5432 when it is there (FC_TEST_EMBEDDED_POSTGRES=true ignores it), otherwise an
 * embedded one; always a fresh database. Extra
 * arguments go to Maven (e.g. {@code ./fc test -pl modules/app -am -Dit.test=HealthIT}).
 */
@Command(name = "test",
        description = "Run every test (unit, integration against Liberty and PostgreSQL, browser).")
final class TestCommand implements Callable<Integer> {

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
        System.out.println("Tests use " + postgres.server().description() + ", database " + settings.database());

        List<String> command = new ArrayList<>(List.of(maven(), "-B", "--no-transfer-progress", "-Dstyle.color=never", "verify"));
        command.addAll(mavenArguments);
        ProcessBuilder build = new ProcessBuilder(command).directory(workspace.root().toFile()).inheritIO();
        Map<String, String> env = build.environment();
        env.putAll(settings.environment(postgres.server()));
        env.put("FC_DB_ADMIN_USER", postgres.server().adminUser());
        env.put("FC_DB_ADMIN_PASSWORD", postgres.server().adminPassword());
        int exit = build.start().waitFor();
        stack.close();
        return exit;
    }

    private static String maven() {
        String configured = System.getenv("MAVEN_CMD");
        return configured != null && !configured.isBlank() ? configured : "mvn";
    }
}
