package org.familycontext.assembly.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct words of the records' addresses, each with a number: addresses are compared word by
 * word for every candidate pair, and comparing numbers (and remembering which numbered words are
 * alike) touches far less memory than comparing the words' text.
 */
final class AddressWords {

    private static final int ALIKE_BITS = 18;
    private static final int ALIKE_SLOTS = 1 << ALIKE_BITS;

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private final List<Boolean> fuzzy = new ArrayList<>();
    private boolean[] fuzzyOf = new boolean[0];
    /**
     * Per thread, for one numbering at a time: which pairs of words were compared and whether they
     * were alike (direct-mapped). Static, so that a thread keeps one cache however many tables it
     * compares; a table it has not used last starts it afresh.
     */
    private static final ThreadLocal<AlikeCache> ALIKE = ThreadLocal.withInitial(AlikeCache::new);
    private static final java.util.concurrent.atomic.AtomicLong NUMBERINGS = new java.util.concurrent.atomic.AtomicLong();

    private final long numbering = NUMBERINGS.incrementAndGet();

    /** The numbers of the words, in order. */
    int[] numbered(List<String> words) {
        int[] result = new int[words.size()];
        for (int i = 0; i < result.length; i++) {
            String word = words.get(i);
            result[i] = numbers.computeIfAbsent(word, w -> {
                texts.add(w);
                fuzzy.add(w.length() >= 4 && !Character.isDigit(w.charAt(0)));
                return texts.size() - 1;
            });
        }
        return result;
    }

    /** Ends numbering: from here on the words are only compared (by any number of threads). */
    void seal() {
        fuzzyOf = new boolean[fuzzy.size()];
        for (int i = 0; i < fuzzyOf.length; i++) {
            fuzzyOf[i] = fuzzy.get(i);
        }
    }

    /**
     * True when the words are the same, or both are words of four letters or more (not house numbers)
     * whose Jaro-Winkler similarity reaches {@link Comparisons#SIMILAR}.
     */
    boolean alike(int x, int y) {
        if (x == y) {
            return true;
        }
        if (!fuzzyOf[x] || !fuzzyOf[y]) {
            return false;
        }
        long pair = (long) Math.min(x, y) << 32 | Math.max(x, y);
        long[] cache = ALIKE.get().of(numbering);
        int slot = (int) ((pair * 0x9E3779B97F4A7C15L) >>> (64 - ALIKE_BITS));
        long entry = cache[slot];
        if (entry >>> 1 == pair + 1) {
            return (entry & 1) == 1;
        }
        boolean alike = Comparisons.jaroWinkler(texts.get(x), texts.get(y)) >= Comparisons.SIMILAR;
        cache[slot] = (pair + 1) << 1 | (alike ? 1 : 0);
        return alike;
    }

    /** One thread's remembered comparisons and the numbering they belong to. */
    private static final class AlikeCache {
        private final long[] entries = new long[ALIKE_SLOTS];
        private long numbering;

        long[] of(long wanted) {
            if (numbering != wanted) {
                java.util.Arrays.fill(entries, 0L);
                numbering = wanted;
            }
            return entries;
        }
    }
}
