package org.familycontext.assembly.linkage;

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
            pairs = Arrays.copyOf(pairs, size * 2);
            patterns = Arrays.copyOf(patterns, size * 2);
        }
        pairs[size] = (long) a << 32 | b;
        patterns[size++] = pattern;
    }

    void addAll(Candidates other) {
        if (size + other.size > pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.max(size + other.size, size * 2));
            patterns = Arrays.copyOf(patterns, pairs.length);
        }
        System.arraycopy(other.pairs, 0, pairs, size, other.size);
        System.arraycopy(other.patterns, 0, patterns, size, other.size);
        size += other.size;
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
