package org.familycontext.adapters.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.familycontext.adapters.CanonicalField;
import org.familycontext.adapters.mapping.FieldValues;
import org.familycontext.adapters.mapping.MappingOutcome;
import org.familycontext.adapters.mapping.RowMapping;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.ExtractRow;
import org.familycontext.adapters.spi.SourceAdapter;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.SourceSettings;

/**
 * Reads one extract through its adapter and stages it: every row mapped with the council's
 * configuration; usable rows streamed into the staging table with COPY, the others into quarantine
 * with row, field and reason; a digest of everything read (and of the mapping) to notice an
 * unchanged extract; and the data-quality counts. Nothing here decides whether the load is
 * published.
 */
final class ExtractStaging {

    private static final int RAW_VALUE_LIMIT = 200;
    private static final int RAW_LIMIT = 4000;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /**
     * What staging gave.
     *
     * @param extract     what was read
     * @param digest      SHA-256 of the mapping and every value read
     * @param currentAsOf the date the data is current as of
     * @param read        rows read
     * @param accepted    rows staged
     * @param quarantined rows quarantined
     * @param report      the data-quality report
     */
    record Staged(String extract, String digest, LocalDate currentAsOf, int read, int accepted, int quarantined,
                  Map<String, Object> report) {
    }

    private final DataSource loader;
    private final ThreadFactory threads;

    /**
     * @param loader  the loader role's data source
     * @param threads makes the thread that reads the extract while this one maps and stages it
     */
    ExtractStaging(DataSource loader, ThreadFactory threads) {
        this.loader = loader;
        this.threads = threads;
    }

    /**
     * Stages the extract for the run.
     *
     * @param progress  told after every batch of rows how many rows were read so far
     * @throws ExtractRefused when the extract is broken as a whole; whatever was staged is then not committed
     */
    Staged stage(SourceAdapter adapter, CouncilId council, SourceSettings source, UUID run, LocalDate today,
                 IntConsumer progress) {
        RowMapping mapping = RowMapping.fit(source, adapter.columns());
        MessageDigest digest = sha256();
        update(digest, source.kind() + "|" + source.dateFormat() + "|" + source.columns() + "|" + source.codes());
        adapter.columns().forEach(column -> update(digest, column));
        StagedRows rows = new StagedRows(run, council, source.id());
        QualityCounter quality = new QualityCounter(mapping.fields());
        LocalDate newestAsOf = null;
        int read = 0;
        int accepted = 0;
        int quarantined = 0;
        boolean people = source.kind() == SourceSettings.Kind.PEOPLE;
        ExtractReader reader = new ExtractReader(adapter, mapping, digest);
        Thread reading = threads.newThread(reader);
        reading.start();
        try (StagingCopy staged = StagingCopy.into(loader, people ? "adapters.source_record" : "adapters.source_relationship",
                people ? StagedRows.RECORD_COLUMNS : StagedRows.RELATIONSHIP_COLUMNS);
             StagingCopy quarantine = StagingCopy.into(loader, "adapters.quarantined_row", StagedRows.QUARANTINE_COLUMNS)) {
            ExtractReader.Batch batch = reader.take();
            for (; !batch.last(); batch = reader.take()) {
                for (int i = 0; i < batch.rows().length; i++) {
                    ExtractRow row = batch.rows()[i];
                    read++;
                    MappingOutcome outcome = mapping.map(row, today);
                    if (outcome.rejection().isPresent()) {
                        MappingOutcome.Rejection rejection = outcome.rejection().get();
                        quality.quarantined(rejection);
                        quarantine.write(rows.quarantined(row.number(), rejection.field().map(CanonicalField::configName)
                                .orElse(null), rejection.reason(), raw(row)));
                        quarantined++;
                    } else if (batch.firstRowOf()[i] != 0) {
                        quality.duplicate();
                        quarantine.write(rows.quarantined(row.number(), CanonicalField.RECORD_ID.configName(),
                                "the same record and involvement is also on row " + batch.firstRowOf()[i], raw(row)));
                        quarantined++;
                    } else {
                        FieldValues values = outcome.values().get();
                        quality.accepted(row.number(), values);
                        staged.write(people ? rows.record(row.number(), values) : rows.relationship(row.number(), values));
                        accepted++;
                        LocalDate asOf = values.dates().get(CanonicalField.CURRENT_AS_OF);
                        if (asOf != null && (newestAsOf == null || asOf.isAfter(newestAsOf))) {
                            newestAsOf = asOf;
                        }
                    }
                }
                progress.accept(read);
            }
            if (batch.failure() != null) {
                throw batch.failure();
            }
            if (read == 0) {
                throw new ExtractRefused("the extract has a header but no rows");
            }
            staged.finish();
            quarantine.finish();
            LocalDate currentAsOf = newestAsOf != null ? newestAsOf
                    : adapter.writtenAt().map(at -> LocalDate.ofInstant(at, UK)).orElse(today);
            return new Staged(adapter.describe(), batch.digest(), currentAsOf, read, accepted, quarantined,
                    quality.report(read, accepted, quarantined));
        } finally {
            reader.stop();
            awaitEnd(reading);
        }
    }

    private static void awaitEnd(Thread reading) {
        try {
            reading.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The row as read, values joined by commas, shortened so that a hostile row cannot fill the database. */
    static String raw(ExtractRow row) {
        StringBuilder raw = new StringBuilder();
        String[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                raw.append(',');
            }
            String text = values[i] == null ? "" : values[i];
            raw.append(text.length() > RAW_VALUE_LIMIT ? text.substring(0, RAW_VALUE_LIMIT) + "…(" + text.length()
                    + " characters)" : text);
            if (raw.length() > RAW_LIMIT) {
                return raw.substring(0, RAW_LIMIT) + "…";
            }
        }
        return raw.toString();
    }

    private static void update(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) 0x1e);
        } else {
            digest.update(value.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1f);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
