package org.familycontext.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Family Context server as a child process: the runtime this build produced, configured from
 * liberty/ in a user directory of its own (so a demo never disturbs the test server), with the WAR
 * in its dropins. Stopped gracefully, then forcibly if it will not stop.
 */
final class LibertyServer implements AutoCloseable {

    private static final String SERVER = "fc";

    private final Path userDirectory;
    private final Process process;

    private LibertyServer(Path userDirectory, Process process) {
        this.userDirectory = userDirectory;
        this.process = process;
    }

    /** Prepares a fresh user directory from the workspace's build and starts the server in it. */
    static LibertyServer start(Workspace workspace, Path userDirectory, Map<String, String> environment) {
        try {
            Path server = userDirectory.resolve("servers").resolve(SERVER);
            Files.createDirectories(server.resolve("dropins"));
            for (String file : List.of("server.xml", "bootstrap.properties", "jvm.options")) {
                Files.copy(workspace.libertyConfig().resolve(file), server.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            copyTree(workspace.builtRuntime().resolve("usr/shared"), userDirectory.resolve("shared"));
            Files.copy(workspace.builtWar(), server.resolve("dropins/family-context.war"), StandardCopyOption.REPLACE_EXISTING);
            Path console = userDirectory.resolve("console.log");
            ProcessBuilder builder = new ProcessBuilder(workspace.builtRuntime().resolve("bin/server").toString(), "run", SERVER)
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("WLP_USER_DIR", userDirectory.toString());
            return new LibertyServer(userDirectory, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Family Context server", e);
        }
    }

    /** Waits until readiness answers UP; false if the server stopped or the time ran out. */
    boolean awaitReady(URI readiness, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    Path messagesLog() {
        return userDirectory.resolve("servers").resolve(SERVER).resolve("logs/messages.log");
    }

    Path consoleLog() {
        return userDirectory.resolve("console.log");
    }

    /** Kills the server at once, as a crash or a power cut would: no shutdown of any kind. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
