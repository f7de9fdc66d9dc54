package org.familycontext.adapters.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.familycontext.adapters.LoadRunView;
import org.familycontext.adapters.LoadStatus;
import org.familycontext.adapters.LoadTrigger;
import org.familycontext.adapters.QuarantinedRow;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.CouncilScope;
import org.familycontext.kernel.Jdbc;
import org.familycontext.tenancy.SourceSettings;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load runs and the current load of each source, in the council's own transactions (row-level
 * security), as the application role.
 */
public final class LoadRunStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VIEW_COLUMNS = "id, source_id, dataset, trigger, status, started_at, finished_at, extract, "
            + "rows_read, rows_accepted, rows_quarantined, current_as_of, failure, report";

    private final Jdbc jdbc;
    private final CouncilScope scope;

    public LoadRunStore(DataSource application, CouncilScope scope) {
        this.jdbc = new Jdbc(application);
        this.scope = scope;
    }

    /** Records a new running load; empty when the slot was taken or the source is loading already. */
    Optional<UUID> begin(CouncilId council, SourceSettings source, LoadTrigger trigger, Instant slot, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = scope.call(council, () -> jdbc.update("INSERT INTO adapters.load_run (id, council_id, source_id, "
                + "dataset, kind, trigger, slot, status, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?) "
                + "ON CONFLICT DO NOTHING", id, council.value(), source.id(), source.dataset().code(), source.kind().name(),
                trigger.name(), slot, now, now));
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    void heartbeat(CouncilId council, UUID run, int rowsRead, Instant now) {
        scope.run(council, () -> jdbc.update("UPDATE adapters.load_run SET heartbeat_at = ?, rows_read = ? WHERE id = ? "
                + "AND status = 'RUNNING'", now, rowsRead, run));
    }

    /**
     * Records how a running load ended (all but publication, see {@link #publish}).
     *
     * @return false when the load was no longer running (it had been ended as abandoned)
     */
    boolean finish(CouncilId council, UUID run, LoadStatus status, Outcome outcome, Instant now) {
        return scope.call(council, () -> jdbc.update("UPDATE adapters.load_run SET status = ?, finished_at = ?, heartbeat_at = ?, "
                        + "extract = ?, input_digest = ?, current_as_of = ?, rows_read = ?, rows_accepted = ?, rows_quarantined = ?, "
                        + "report = ?, failure = ? WHERE id = ? AND status = 'RUNNING'", status.name(), now, now, outcome.extract(),
                outcome.digest(), outcome.currentAsOf(), outcome.read(), outcome.accepted(), outcome.quarantined(),
                JSON.writeValueAsString(outcome.report()), outcome.failure(), run) == 1);
    }

    /**
     * Makes the running load the source's current one, in one transaction; the previous one is superseded.
     *
     * @throws IllegalStateException when the load was no longer running (nothing is changed)
     */
    void publish(CouncilId council, String source, UUID run, Outcome outcome, Instant now) {
        scope.run(council, () -> {
            jdbc.update("UPDATE adapters.load_run SET status = 'SUPERSEDED' WHERE id = (SELECT load_id FROM adapters.current_load "
                    + "WHERE council_id = ? AND source_id = ?)", council.value(), source);
            jdbc.update("INSERT INTO adapters.current_load (council_id, source_id, load_id, published_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (council_id, source_id) DO UPDATE SET load_id = EXCLUDED.load_id, "
                    + "published_at = EXCLUDED.published_at", council.value(), source, run, now);
            if (!finish(council, run, LoadStatus.PUBLISHED, outcome, now)) {
                throw new IllegalStateException("the load had been ended as abandoned before it could be published");
            }
        });
    }

    /** The digest of the source's current load, if it has one. */
    Optional<String> currentDigest(CouncilId council, String source) {
        return scope.call(council, () -> jdbc.query("SELECT r.input_digest FROM adapters.current_load c JOIN adapters.load_run r "
                + "ON r.id = c.load_id WHERE c.council_id = ? AND c.source_id = ?", row -> row.getString(1), council.value(), source)
                .stream().findFirst());
    }

    /** How many rows the load staged, counted under row-level security. */
    int staged(CouncilId council, UUID run, SourceSettings.Kind kind) {
        String table = kind == SourceSettings.Kind.PEOPLE ? "source_record" : "source_relationship";
        return scope.call(council, () -> jdbc.query("SELECT count(*) FROM adapters." + table + " WHERE load_id = ?",
                row -> row.getInt(1), run).get(0));
    }

    /** Removes what a load staged and quarantined (it was refused, failed, unchanged or superseded long ago). */
    void discard(CouncilId council, UUID run) {
        scope.run(council, () -> {
            jdbc.update("DELETE FROM adapters.source_record WHERE load_id = ?", run);
            jdbc.update("DELETE FROM adapters.source_relationship WHERE load_id = ?", run);
        });
    }

    /** Loads still RUNNING whose heartbeat stopped before {@code before}: their server died mid-load. */
    List<UUID> abandoned(CouncilId council, Instant before) {
        return scope.call(council, () -> jdbc.query("SELECT id FROM adapters.load_run WHERE status = 'RUNNING' AND heartbeat_at < ?",
                row -> row.getObject(1, UUID.class), before));
    }

    /** Superseded loads of the source beyond the newest {@code keep}, whose rows can go. */
    List<UUID> superseded(CouncilId council, String source, int keep) {
        return scope.call(council, () -> jdbc.query("SELECT id FROM adapters.load_run WHERE source_id = ? AND status = 'SUPERSEDED' "
                + "ORDER BY started_at DESC OFFSET ?", row -> row.getObject(1, UUID.class), source, keep));
    }

    /** Whether a load of the source started at or after {@code since}, or was for that slot. */
    boolean startedSince(CouncilId council, String source, Instant since) {
        return scope.call(council, () -> !jdbc.query("SELECT 1 FROM adapters.load_run WHERE source_id = ? AND "
                + "(started_at >= ? OR slot = ?) LIMIT 1", row -> 1, source, since, since).isEmpty());
    }

    /** Whether the source has ever been published. */
    boolean everPublished(CouncilId council, String source) {
        return scope.call(council, () -> !jdbc.query("SELECT 1 FROM adapters.load_run WHERE source_id = ? AND status IN "
                + "('PUBLISHED', 'SUPERSEDED', 'UNCHANGED') LIMIT 1", row -> 1, source).isEmpty());
    }

    public List<LoadRunView> recent(CouncilId council, int limit) {
        return scope.call(council, () -> jdbc.query("SELECT " + VIEW_COLUMNS + " FROM adapters.load_run ORDER BY started_at DESC "
                + "LIMIT ?", LoadRunStore::view, limit));
    }

    public Optional<LoadRunView> find(CouncilId council, UUID run) {
        return scope.call(council, () -> jdbc.query("SELECT " + VIEW_COLUMNS + " FROM adapters.load_run WHERE id = ?",
                LoadRunStore::view, run).stream().findFirst());
    }

    public List<QuarantinedRow> quarantine(CouncilId council, UUID run, int limit) {
        return scope.call(council, () -> jdbc.query("SELECT row_number, field, reason, raw FROM adapters.quarantined_row "
                + "WHERE load_id = ? ORDER BY row_number LIMIT ?", row -> new QuarantinedRow(row.getInt(1),
                Optional.ofNullable(row.getString(2)), row.getString(3), row.getString(4)), run, limit));
    }

    private static LoadRunView view(ResultSet row) throws SQLException {
        String report = row.getString("report");
        return new LoadRunView(row.getObject("id", UUID.class), row.getString("source_id"), row.getString("dataset"),
                LoadTrigger.valueOf(row.getString("trigger")), LoadStatus.valueOf(row.getString("status")),
                row.getTimestamp("started_at").toInstant(),
                Optional.ofNullable(row.getTimestamp("finished_at")).map(Timestamp::toInstant),
                Optional.ofNullable(row.getString("extract")), row.getInt("rows_read"), row.getInt("rows_accepted"),
                row.getInt("rows_quarantined"), Optional.ofNullable(row.getObject("current_as_of", LocalDate.class)),
                Optional.ofNullable(row.getString("failure")),
                report == null ? Map.of() : JSON.readValue(report, new TypeReference<Map<String, Object>>() { }));
    }

    /**
     * How a load went, to be recorded.
     *
     * @param extract     what was read
     * @param digest      a digest of the rows read (to notice an unchanged extract)
     * @param currentAsOf the date the data is current as of
     * @param read        rows read
     * @param accepted    rows staged
     * @param quarantined rows quarantined
     * @param report      the data-quality report
     * @param failure     why it was refused or failed, if it was
     */
    record Outcome(String extract, String digest, LocalDate currentAsOf, int read, int accepted, int quarantined,
                   Map<String, Object> report, String failure) {
    }
}
