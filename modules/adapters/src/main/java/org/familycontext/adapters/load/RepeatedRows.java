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
 * lost silently. One table holds up to about 350 million rows (24 bytes a slot, at most half of
 * them in use); an extract beyond that is refused.
 */
final class RepeatedRows {

    private static final int FIRST_SLOTS = 1 << 16;
    /** Longs per slot: the fingerprint's two halves and the row, side by side so that a probe reads one cache line. */
    private static final int SLOT = 3;

    private final MessageDigest sha256;
    /** Per slot: high half, low half, the row first seen with the key (0 for an empty slot; rows count from 1). */
    private long[] slots = new long[FIRST_SLOTS * SLOT];
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
        long high = hash.getLong();
        long low = hash.getLong();
        int at = free(slots, high, low);
        if (slots[at + 2] != 0) {
            return slots[at + 2];
        }
        slots[at] = high;
        slots[at + 1] = low;
        slots[at + 2] = row;
        if (++size > slots.length / SLOT / 2) {
            grow();
        }
        return 0;
    }

    /** Where the fingerprint is in the table, or the empty slot where it belongs. */
    private static int free(long[] table, long high, long low) {
        int mask = table.length / SLOT - 1;
        for (int slot = (int) low & mask; ; slot = (slot + 1) & mask) {
            int at = slot * SLOT;
            if (table[at + 2] == 0 || table[at] == high && table[at + 1] == low) {
                return at;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        if (old.length > Integer.MAX_VALUE / 2 - SLOT) {
            throw new IllegalStateException("more than " + size + " distinct rows in one extract: split the extract");
        }
        slots = new long[old.length * 2];
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at + 2] != 0) {
                int to = free(slots, old[at], old[at + 1]);
                System.arraycopy(old, at, slots, to, SLOT);
            }
        }
    }
}
