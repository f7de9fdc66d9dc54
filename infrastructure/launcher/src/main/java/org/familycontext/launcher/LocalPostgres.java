package org.familycontext.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds or starts a PostgreSQL for local runs: the machine's own on 127.0.0.1:5432 when it takes
 * a trusted superuser, otherwise an embedded PostgreSQL (real binaries from Maven Central) that
 * this process starts and stops.
 */
final class LocalPostgres implements AutoCloseable {

    private final PostgresServer server;
    private final EmbeddedPostgres embedded;

    private LocalPostgres(PostgresServer server, EmbeddedPostgres embedded) {
        this.server = server;
        this.embedded = embedded;
    }

    PostgresServer server() {
        return server;
    }

    /** The machine's PostgreSQL on 127.0.0.1:5432 if it answers to a trusted superuser. */
    static Optional<LocalPostgres> machines() {
        PostgresServer candidate = new PostgresServer("127.0.0.1", 5432, "postgres", "",
                "the PostgreSQL on 127.0.0.1:5432");
        if (!listening(5432)) {
            return Optional.empty();
        }
        try (Connection connection = candidate.admin("postgres")) {
            return connection.isValid(2) ? Optional.of(new LocalPostgres(candidate, null)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** Starts an embedded PostgreSQL keeping its data in {@code dataDirectory}. */
    static LocalPostgres embedded(Path dataDirectory, int preferredPort, boolean clean) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            int port = listening(preferredPort) ? freePort() : preferredPort;
            Path work = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-binaries");
            Files.createDirectories(work);
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(
                    dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log").toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setOverrideWorkingDirectory(work.toFile())
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            return new LocalPostgres(new PostgresServer("127.0.0.1", port, "postgres", "",
                    "an embedded PostgreSQL on 127.0.0.1:" + port + " (data in " + dataDirectory + ")"), postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("Could not stop the embedded PostgreSQL cleanly: " + e.getMessage());
            }
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
