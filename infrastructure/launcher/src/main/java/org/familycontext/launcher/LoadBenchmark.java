package org.familycontext.launcher;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.familycontext.adapters.LoadRunView;
import org.familycontext.adapters.LoadStatus;
import org.familycontext.adapters.LoadTrigger;
import org.familycontext.adapters.StandaloneLoads;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.StandaloneCouncilScope;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.SourceSettings;
import org.familycontext.tenancy.TenantConfigurationCheck;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The load benchmark: Stockport's children's social care extract (generated, then repeated with
 * fresh ids up to the row count) loaded by the pipeline as the server loads it, and copied raw with
 * PostgreSQL COPY into a table of text columns, alternately, on fresh tables each round.
 */
final class LoadBenchmark {

    private static final CouncilId COUNCIL = new CouncilId("stockport");
    private static final int REGION_PEOPLE = 50_000;
    private static final String SOURCE = "csc-people";
    private static final String FILE = "csc_people.csv";

    private final Workspace workspace;
    private final int rows;
    private final int rounds;

    LoadBenchmark(Workspace workspace, int rows, int rounds) {
        this.workspace = workspace;
        this.rows = rows;
        this.rounds = rounds;
    }

    int run() throws Exception {
        Logger.getLogger("org.familycontext").setLevel(Level.WARNING);
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        SourceSettings source = stockportSource();
        Path work = workspace.root().resolve("target/fc-bench-load");
        Path drop = work.resolve("sources/" + COUNCIL.value());
        Files.createDirectories(drop);
        Path extract = drop.resolve(FILE);
        writeExtract(work.resolve("region"), extract);
        System.out.printf("Extract: %s, %,d rows, %,d bytes%n", workspace.root().relativize(extract), rows, Files.size(extract));

        try (Stack stack = new Stack()) {
            LocalPostgres postgres = LocalPostgres.machines()
                    .orElseGet(() -> stack.add(LocalPostgres.embedded(work.resolve("postgres"), 35432, true)));
            DatabaseSettings settings = DatabaseSettings.local("fc_bench");
            new DatabaseBootstrap(settings).apply(postgres.server(), true);
            System.out.println("Database: " + postgres.server().description() + ", database fc_bench");
            migrate(postgres.server(), settings);
            DataSource application = source(postgres.server(), settings.appRole(), settings.appPassword());
            DataSource loader = source(postgres.server(), settings.loaderRole(), settings.loaderPassword());
            try (StandaloneLoads loads = new StandaloneLoads(new StandaloneCouncilScope(application), loader, work.resolve("sources"),
                    Clock.systemUTC())) {
                System.out.printf("%nRound  %-38s %9s %12s%n", "what", "seconds", "rows/s");
                double bestCopy = 0;
                double bestLoad = 0;
                for (int round = 1; round <= rounds; round++) {
                    reset(postgres.server());
                    double copy = rawCopy(postgres.server(), extract);
                    System.out.printf("%5d  %-38s %9.2f %,12.0f%n", round, "raw COPY (text columns, no checks)", rows / copy, copy);
                    double load = load(loads, source);
                    System.out.printf("%5d  %-38s %9.2f %,12.0f%n", round, "Family Context load (validated)", rows / load, load);
                    bestCopy = Math.max(bestCopy, copy);
                    bestLoad = Math.max(bestLoad, load);
                }
                System.out.printf("%nBest: load %,.0f rows/s, COPY %,.0f rows/s: the load runs at %.0f%% of COPY's rate "
                        + "(goal: at least 50%%)%n", bestLoad, bestCopy, 100 * bestLoad / bestCopy);
                System.out.printf("Heap: at most %,d MB allowed; peak use (sum of the heap pools' peaks, an upper bound) %,d MB%n",
                        Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
            }
        }
        return 0;
    }

    private double load(StandaloneLoads loads, SourceSettings source) {
        long start = System.nanoTime();
        LoadRunView view = loads.load(COUNCIL, source, LoadTrigger.MANUAL);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (view.status() != LoadStatus.PUBLISHED) {
            throw new IllegalStateException("the benchmark load ended " + view.status() + ": " + view.failure().orElse(""));
        }
        if (view.rowsRead() != rows) {
            throw new IllegalStateException("the load read " + view.rowsRead() + " rows, not " + rows);
        }
        System.out.printf("       (accepted %,d, quarantined %,d)%n", view.rowsAccepted(), view.rowsQuarantined());
        return rows / seconds;
    }

    private double rawCopy(PostgresServer server, Path extract) throws SQLException, IOException {
        try (Connection admin = server.admin("fc_bench"); Statement sql = admin.createStatement()) {
            String header = Files.newBufferedReader(extract, StandardCharsets.UTF_8).readLine();
            sql.execute("DROP TABLE IF EXISTS public.raw_copy");
            sql.execute("CREATE TABLE public.raw_copy (" + String.join(", ",
                    List.of(header.split(",")).stream().map(c -> "\"" + c + "\" text").toList()) + ")");
            long start = System.nanoTime();
            try (Reader in = Files.newBufferedReader(extract, StandardCharsets.UTF_8)) {
                long copied = admin.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY public.raw_copy FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                if (copied != rows) {
                    throw new IllegalStateException("COPY took " + copied + " rows, not " + rows);
                }
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Stockport's children's social care people, generated, then repeated with fresh ids up to the row count. */
    private void writeExtract(Path region, Path extract) throws IOException {
        Path stamp = extract.resolveSibling(".rows");
        String wanted = rows + " rows from " + KeptRegion.description(List.of(COUNCIL), REGION_PEOPLE);
        if (Files.exists(extract) && Files.exists(stamp) && Files.readString(stamp).equals(wanted)) {
            return;
        }
        KeptRegion.ensure(region, List.of(COUNCIL), REGION_PEOPLE, false);
        List<String> lines = Files.readAllLines(region.resolve(COUNCIL.value()).resolve(FILE), StandardCharsets.UTF_8);
        try (BufferedWriter out = Files.newBufferedWriter(extract, StandardCharsets.UTF_8)) {
            out.write(lines.get(0));
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                String line = lines.get(1 + i % (lines.size() - 1));
                out.write("B" + i);
                out.write(line, line.indexOf(','), line.length() - line.indexOf(','));
                out.write("\r\n");
            }
        }
        Files.writeString(stamp, wanted);
    }

    private SourceSettings stockportSource() {
        Logger.getLogger("org.familycontext.tenancy").setLevel(Level.OFF);
        Council stockport = TenantConfigurationCheck.councils(workspace.tenantConfig(), Clock.systemUTC()).stream()
                .filter(c -> c.id().equals(COUNCIL)).findFirst()
                .orElseThrow(() -> new IllegalStateException("tenant-config has no valid stockport.yaml"));
        return Optional.ofNullable(stockport.sources().get(SOURCE))
                .orElseThrow(() -> new IllegalStateException("stockport.yaml has no source " + SOURCE));
    }

    private static void migrate(PostgresServer server, DatabaseSettings settings) {
        Flyway.configure(LoadBenchmark.class.getClassLoader()).dataSource(server.jdbcUrl("fc_bench"), settings.ownerRole(),
                        settings.ownerPassword())
                .schemas("adapters").defaultSchema("adapters").createSchemas(true).table("flyway_schema_history")
                .locations("classpath:db/migration/adapters")
                .placeholders(Map.of("appRole", settings.appRole(), "loaderRole", settings.loaderRole()))
                .load().migrate();
    }

    private static void reset(PostgresServer server) throws SQLException {
        try (Connection admin = server.admin("fc_bench"); Statement sql = admin.createStatement()) {
            sql.execute("TRUNCATE adapters.current_load, adapters.load_run, adapters.source_record, adapters.source_relationship, "
                    + "adapters.quarantined_row");
            sql.execute("DROP TABLE IF EXISTS public.raw_copy");
            sql.execute("CHECKPOINT");
        }
    }

    private static DataSource source(PostgresServer server, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.jdbcUrl("fc_bench"));
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
