package org.familycontext.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the distinct comparison patterns of tens of millions of pairs, and counts them, in flat
 * arrays (open addressing). A map keyed by boxed patterns was slow here: a pattern's bits hash
 * poorly as a {@code Long} (fields in the two halves cancel out), so many patterns shared a bucket,
 * and every pair boxed its pattern.
 */
final class PatternIds {

    private long[] keys = new long[1 << 10];
    /** Per slot: the pattern's id + 1, 0 for an empty slot. */
    private int[] slots = new int[1 << 10];
    private long[] patterns = new long[1 << 9];
    private long[] counts = new long[1 << 9];
    private int size;

    /** The pattern's id (0, 1, 2... in the order patterns are first seen), adding it when new. */
    int id(long pattern) {
        int mask = slots.length - 1;
        for (int slot = mix(pattern) & mask; ; slot = (slot + 1) & mask) {
            if (slots[slot] == 0) {
                return add(slot, pattern);
            }
            if (keys[slot] == pattern) {
                return slots[slot] - 1;
            }
        }
    }

    /** Counts one more pair with the pattern. */
    void count(long pattern) {
        int id = id(pattern); // first: adding may replace the counts array
        counts[id]++;
    }

    /** How many distinct patterns there are. */
    int size() {
        return size;
    }

    long pattern(int id) {
        return patterns[id];
    }

    /** The distinct patterns with how many pairs had each (only those counted at least once). */
    Map<Long, Long> counted() {
        Map<Long, Long> counted = new HashMap<>(size * 2);
        for (int id = 0; id < size; id++) {
            if (counts[id] > 0) {
                counted.put(patterns[id], counts[id]);
            }
        }
        return counted;
    }

    private int add(int slot, long pattern) {
        if (size == patterns.length) {
            patterns = Arrays.copyOf(patterns, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        patterns[size] = pattern;
        keys[slot] = pattern;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int s = 0; s < oldSlots.length; s++) {
            if (oldSlots[s] != 0) {
                int slot = mix(oldKeys[s]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[s];
                slots[slot] = oldSlots[s];
            }
        }
    }

    /** Spreads every bit of the pattern over the hash (the finaliser of MurmurHash3). */
    private static int mix(long pattern) {
        long h = pattern;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
