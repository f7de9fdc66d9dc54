package org.familycontext.matching;

import java.util.Arrays;

/**
 * Candidate pairs with their patterns, in growable primitive arrays: each pair packed as
 * {@code a << 32 | b} with a below b.
 */
final class Candidates {

    private long[] pairs;
    private long[] patterns;
    private int size;

    Candidates(int capacity) {
        pairs = new long[Math.max(16, capacity)];
        patterns = new long[pairs.length];
    }

    void add(int a, int b, long pattern) {
        if (size == pairs.length) {
            grow(size + 1);
        }
        pairs[size] = (long) a << 32 | b;
        patterns[size++] = pattern;
    }

    void addAll(Candidates other) {
        if (size + other.size > pairs.length) {
            grow(size + other.size);
        }
        System.arraycopy(other.pairs, 0, pairs, size, other.size);
        System.arraycopy(other.patterns, 0, patterns, size, other.size);
        size += other.size;
    }

    /** Room for at least this many, growing by half: a million records make tens of millions of candidates. */
    private void grow(int needed) {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, pairs.length + (long) pairs.length / 2));
        pairs = Arrays.copyOf(pairs, capacity);
        patterns = Arrays.copyOf(patterns, capacity);
    }

    int size() {
        return size;
    }

    int left(int i) {
        return (int) (pairs[i] >>> 32);
    }

    int right(int i) {
        return (int) pairs[i];
    }

    long pattern(int i) {
        return patterns[i];
    }
}
