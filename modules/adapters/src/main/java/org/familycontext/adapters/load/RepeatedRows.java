package org.familycontext.adapters.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Finds rows that repeat an earlier row's key, for extracts of millions of rows, without keeping
 * an object per row: each key is kept as the first 128 bits of its SHA-256 in flat arrays (open
 * addressing), so the garbage collector has nothing to trace or copy as the index grows. Two
 * different keys would have to share those 128 bits to be taken for one; for a billion rows the
 * chance is below one in 10^20, and even then the later row is quarantined with the reason, not
 * lost silently.
 */
final class RepeatedRows {

    private static final int FIRST_CAPACITY = 1 << 16;

    private final MessageDigest sha256;
    private long[] high = new long[FIRST_CAPACITY];
    private long[] low = new long[FIRST_CAPACITY];
    /** The row first seen with the key in the slot; 0 for an empty slot (rows count from 1). */
    private long[] rows = new long[FIRST_CAPACITY];
    private int size;

    RepeatedRows() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Remembers the key for the row unless an earlier row had it.
     *
     * @param row the row's number, from 1
     * @return the earlier row with the same key, or 0 when this row is the first
     */
    long firstRowOf(String key, long row) {
        if (row < 1) {
            throw new IllegalArgumentException("rows count from 1");
        }
        ByteBuffer hash = ByteBuffer.wrap(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
        long h = hash.getLong();
        long l = hash.getLong();
        int mask = rows.length - 1;
        for (int slot = (int) l & mask; ; slot = (slot + 1) & mask) {
            if (rows[slot] == 0) {
                high[slot] = h;
                low[slot] = l;
                rows[slot] = row;
                if (++size > rows.length / 2) {
                    grow();
                }
                return 0;
            }
            if (high[slot] == h && low[slot] == l) {
                return rows[slot];
            }
        }
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] oldRows = rows;
        high = new long[oldRows.length * 2];
        low = new long[oldRows.length * 2];
        rows = new long[oldRows.length * 2];
        int mask = rows.length - 1;
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != 0) {
                int slot = (int) oldLow[i] & mask;
                while (rows[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
