package org.familycontext.adapters.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.familycontext.adapters.mapping.RowMapping;
import org.familycontext.adapters.spi.ExtractRow;
import org.familycontext.adapters.spi.SourceAdapter;

/**
 * Reads an extract on its own thread, so that parsing overlaps with mapping and staging: rows in
 * batches, each row's digest contribution, and which rows repeat an earlier row's record and
 * involvement. The staging thread takes the batches in order.
 */
final class ExtractReader implements Runnable {

    static final int BATCH = 1000;

    /**
     * Rows read, in order.
     *
     * @param rows        the rows (up to {@link #BATCH})
     * @param firstRowOf  per row, the earlier row with the same record and involvement, or 0
     * @param digest      at the end, the extract's digest
     * @param failure     what stopped the reading, if something did
     */
    record Batch(ExtractRow[] rows, long[] firstRowOf, String digest, RuntimeException failure) {

        boolean last() {
            return digest != null || failure != null;
        }
    }

    private final SourceAdapter adapter;
    private final RowMapping mapping;
    private final MessageDigest digest;
    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(8);
    private final RepeatedRows repeated = new RepeatedRows();
    private final StringBuilder rowText = new StringBuilder(512);
    private volatile boolean stopped;

    ExtractReader(SourceAdapter adapter, RowMapping mapping, MessageDigest digest) {
        this.adapter = adapter;
        this.mapping = mapping;
        this.digest = digest;
    }

    @Override
    public void run() {
        try {
            ExtractRow[] rows = new ExtractRow[BATCH];
            long[] first = new long[BATCH];
            int size = 0;
            for (Optional<ExtractRow> next = adapter.next(); next.isPresent() && !stopped; next = adapter.next()) {
                ExtractRow row = next.get();
                digest.update(joined(row).getBytes(StandardCharsets.UTF_8));
                String key = mapping.involvementKey(row);
                rows[size] = row;
                first[size] = key == null ? 0 : repeated.firstRowOf(key, row.number());
                if (++size == BATCH) {
                    hand(new Batch(rows, first, null, null));
                    rows = new ExtractRow[BATCH];
                    first = new long[BATCH];
                    size = 0;
                }
            }
            if (size > 0) {
                hand(new Batch(Arrays.copyOf(rows, size), Arrays.copyOf(first, size), null, null));
            }
            hand(new Batch(new ExtractRow[0], new long[0], HexFormat.of().formatHex(digest.digest()), null));
        } catch (RuntimeException e) {
            hand(new Batch(new ExtractRow[0], new long[0], null, e));
        } catch (LinkageError | AssertionError e) {
            hand(new Batch(new ExtractRow[0], new long[0], null, new IllegalStateException("reading the extract failed", e)));
        }
    }

    /** The next batch, in order; the last one carries the digest or the failure. */
    Batch take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the extract", e);
        }
    }

    /** The staging thread gives up: the reader stops at its next row and its batches are dropped. */
    void stop() {
        stopped = true;
        batches.clear();
    }

    private void hand(Batch batch) {
        try {
            while (!stopped && !batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the staging thread is busy; wait for room unless it has given up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    /** The row's values as one text for the digest: each followed by a unit separator, NULL as a record separator. */
    private String joined(ExtractRow row) {
        rowText.setLength(0);
        for (String value : row.values()) {
            if (value == null) {
                rowText.append('\u001e');
            } else {
                rowText.append(value).append('\u001f');
            }
        }
        return rowText.toString();
    }
}
