package org.familycontext.matching;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One thread's memory of small results for pairs of numbered values, such as whether two
 * address words are alike: direct-mapped, so a new pair replaces whatever sat in its slot, and
 * checked by the pair itself, so a hit is always the right result. It serves one numbering at a
 * time; another numbering (another set of records) starts it afresh.
 */
final class PairMemo {

    /** What {@link #get} answers for a pair it does not remember. */
    static final int MISS = -1;

    private static final int BITS = 18;
    private static final AtomicLong NUMBERINGS = new AtomicLong();

    /** Per slot: the pair plus one (0 for an empty slot), and its result. */
    private final long[] pairs = new long[1 << BITS];
    private final byte[] results = new byte[1 << BITS];
    private long numbering;

    /** A number for a new numbering, never used before. */
    static long newNumbering() {
        return NUMBERINGS.incrementAndGet();
    }

    /** The result remembered for the pair (in either order) under the numbering, or {@link #MISS}. */
    int get(long wanted, int x, int y) {
        if (numbering != wanted) {
            Arrays.fill(pairs, 0L);
            numbering = wanted;
        }
        long pair = pair(x, y);
        int slot = slot(pair);
        return pairs[slot] == pair + 1 ? results[slot] : MISS;
    }

    /** Remembers the pair's result (0 to 127) under the numbering last asked for. */
    void put(int x, int y, int result) {
        long pair = pair(x, y);
        int slot = slot(pair);
        pairs[slot] = pair + 1;
        results[slot] = (byte) result;
    }

    private static long pair(int x, int y) {
        return (long) Math.min(x, y) << 32 | Math.max(x, y);
    }

    private static int slot(long pair) {
        return (int) ((pair * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
    }
}
