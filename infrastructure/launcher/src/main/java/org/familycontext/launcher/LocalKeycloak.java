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
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for local runs, from the distribution on Maven Central: unpacked and built once
 * (for PostgreSQL, local cache) into a cache directory shared by all checkouts, then started in
 * production mode on 127.0.0.1 with its data in a PostgreSQL database of the run's own.
 */
final class LocalKeycloak implements AutoCloseable {

    private static final String BUILT_MARKER = ".family-context-built";

    private final URI base;
    private final Process process;

    private LocalKeycloak(URI base, Process process) {
        this.base = base;
        this.process = process;
    }

    URI base() {
        return base;
    }

    /**
     * Starts Keycloak.
     *
     * @param distribution  the Keycloak zip the launcher build copied
     * @param port          the HTTP port on 127.0.0.1
     * @param database      where Keycloak keeps its data
     * @param adminPassword the bootstrap administrator's password (used when the database is new)
     * @param log           where Keycloak's output goes
     */
    static LocalKeycloak start(Path distribution, int port, PostgresServer server, String database, String adminPassword,
                               Path log) {
        Path home = installed(distribution);
        URI base = URI.create("http://127.0.0.1:" + port);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + base,
                    "--db-url=" + server.jdbcUrl(database), "--db-username=" + server.adminUser(),
                    "--db-password=" + server.adminPassword()))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            return new LocalKeycloak(base, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Keycloak", e);
        }
    }

    /** Waits until the master realm answers; false if Keycloak stopped or the time ran out. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI probe = base.resolve("/realms/master/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (client.send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The unpacked, built distribution in the cache; unpacked and built the first time (about a minute). */
    private static synchronized Path installed(Path distribution) {
        Path home = cache().resolve(distribution.getFileName().toString().replace(".zip", "") + "-" + version(distribution));
        if (Files.exists(home.resolve(BUILT_MARKER))) {
            return home;
        }
        try {
            System.out.println("Preparing Keycloak (once per machine, about a minute)...");
            unzip(distribution, home);
            Process build = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "build", "--db=postgres", "--cache=local")
                    .redirectErrorStream(true).redirectOutput(home.resolve("build.log").toFile()).start();
            if (build.waitFor() != 0) {
                throw new IllegalStateException("Keycloak's build step failed; see " + home.resolve("build.log"));
            }
            Files.writeString(home.resolve(BUILT_MARKER), "db=postgres cache=local\n");
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Keycloak in " + home, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing Keycloak", e);
        }
    }

    private static Path cache() {
        String configured = System.getenv("FC_CACHE_DIR");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "family-context");
    }

    private static String version(Path distribution) {
        try {
            return Long.toHexString(Files.size(distribution));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacks the zip, dropping its top folder, and makes the scripts executable. */
    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path file = target.resolve(name).normalize();
                if (name.isEmpty() || !file.startsWith(target)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    if (name.startsWith("bin/") && name.endsWith(".sh")) {
                        file.toFile().setExecutable(true);
                    }
                }
            }
        }
    }
}
