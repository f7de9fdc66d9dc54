package org.familycontext.adapters.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.familycontext.adapters.LoadRunView;
import org.familycontext.adapters.LoadStatus;
import org.familycontext.adapters.LoadTrigger;
import org.familycontext.adapters.csv.CsvFileAdapterFactory;
import org.familycontext.adapters.testing.LoadDatabase;
import org.familycontext.adapters.testing.Sources;
import org.familycontext.adapters.testing.TestRegistry;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.StandaloneCouncilScope;
import org.familycontext.kernel.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schedules with two servers sharing one database: every due load runs exactly once. */
class LoadScheduleIT {

    private static final CouncilId STOCKPORT = new CouncilId("stockport");

    static LoadDatabase database;

    @TempDir
    Path sources;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    final TestRegistry registry = new TestRegistry().with("stockport", Sources.people("people.csv"));
    final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    final ExecutorService loads = Executors.newFixedThreadPool(4);
    LoadService serverA;
    LoadService serverB;
    LoadRunStore store;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = LoadDatabase.fresh();
    }

    @BeforeEach
    void twoServers() throws Exception {
        Files.writeString(Files.createDirectories(sources.resolve("stockport")).resolve("people.csv"), LoadPipelineIT.GOOD);
        serverA = server();
        serverB = server();
        StandaloneCouncilScope scope = new StandaloneCouncilScope(database.application());
        store = new LoadRunStore(scope.dataSource(), scope);
    }

    @AfterEach
    void stop() throws SQLException {
        loads.shutdownNow();
        ticker.shutdownNow();
        try (Connection admin = database.admin(); Statement sql = admin.createStatement()) {
            sql.execute("TRUNCATE adapters.current_load, adapters.load_run, adapters.source_record, adapters.quarantined_row");
        }
    }

    private LoadService server() {
        StandaloneCouncilScope scope = new StandaloneCouncilScope(database.application());
        LoadRunStore own = new LoadRunStore(scope.dataSource(), scope);
        LoadPipeline pipeline = new LoadPipeline(own, database.loader(),
                new AdapterRegistry(List.of(new CsvFileAdapterFactory()), sources, name -> null), ticker, Thread::new, clock,
                Duration.ofMinutes(2));
        return new LoadService(registry, pipeline, own, loads, 2, clock);
    }

    @Test
    void aNewSourceLoadsOnceAtFirstThenOncePerNightlySlot() throws Exception {
        List<UUID> first = bothAtOnce();
        assertThat(first).hasSize(1);
        assertThat(awaitEnd(first.get(0))).extracting(LoadRunView::trigger, LoadRunView::status)
                .containsExactly(LoadTrigger.FIRST, LoadStatus.PUBLISHED);
        assertThat(bothAtOnce()).as("nothing more is due today").isEmpty();

        clock.advance(Duration.ofHours(16).plusSeconds(30));
        List<UUID> nightly = bothAtOnce();

        assertThat(nightly).hasSize(1);
        assertThat(awaitEnd(nightly.get(0))).extracting(LoadRunView::trigger, LoadRunView::status)
                .containsExactly(LoadTrigger.SCHEDULE, LoadStatus.UNCHANGED);
        assertThat(bothAtOnce()).isEmpty();
        clock.advance(Duration.ofHours(12));
        assertThat(bothAtOnce()).isEmpty();
        assertThat(LoadPipelineIT.countIn(database, "SELECT count(*) FROM adapters.load_run")).isEqualTo(2);
    }

    @Test
    void aSlotMissedWhileEveryServerWasDownRunsWhenOneReturns() throws Exception {
        awaitEnd(bothAtOnce().get(0));
        clock.advance(Duration.ofDays(3));

        List<UUID> caughtUp = bothAtOnce();

        assertThat(caughtUp).hasSize(1);
        assertThat(awaitEnd(caughtUp.get(0)).trigger()).isEqualTo(LoadTrigger.SCHEDULE);
        assertThat(bothAtOnce()).as("only the latest missed slot runs").isEmpty();
    }

    @Test
    void aDataEngineerCanStartALoadOnDemandButNotTwoAtOnce() throws Exception {
        UUID manual = serverA.start(STOCKPORT, "csc-people", LoadTrigger.MANUAL).orElseThrow();
        awaitEnd(manual);
        StandaloneCouncilScope scope = new StandaloneCouncilScope(database.application());
        LoadRunStore blocking = new LoadRunStore(scope.dataSource(), scope);
        UUID running = blocking.begin(STOCKPORT, Sources.people("people.csv"), LoadTrigger.MANUAL, null, clock.instant()).orElseThrow();

        assertThat(serverB.start(STOCKPORT, "csc-people", LoadTrigger.MANUAL)).isEmpty();
        assertThat(store.find(STOCKPORT, running).orElseThrow().status()).isEqualTo(LoadStatus.RUNNING);
        assertThat(store.find(STOCKPORT, manual).orElseThrow().status()).isEqualTo(LoadStatus.PUBLISHED);
        assertThatThrownBy(() -> serverA.start(STOCKPORT, "nope", LoadTrigger.MANUAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("council stockport has no source called nope");
    }

    private List<UUID> bothAtOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<UUID>>> started = new ArrayList<>();
            for (LoadService server : List.of(serverA, serverB)) {
                started.add(both.submit((Callable<List<UUID>>) () -> {
                    together.await();
                    return server.startDue();
                }));
            }
            List<UUID> all = new ArrayList<>();
            for (Future<List<UUID>> result : started) {
                all.addAll(result.get(30, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            both.shutdownNow();
        }
    }

    private LoadRunView awaitEnd(UUID run) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            LoadRunView view = store.find(STOCKPORT, run).orElseThrow();
            if (view.status() != LoadStatus.RUNNING) {
                return view;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("load " + run + " did not end within 30 s");
    }
}
