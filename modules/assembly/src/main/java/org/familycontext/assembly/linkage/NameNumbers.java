package org.familycontext.assembly.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The distinct given and family names of the records, each with a number, and how close two names
 * are, remembered per pair of numbers: names repeat across a council's records, so most pairs of
 * names have been compared before, and looking numbers up touches far less memory than the text.
 */
final class NameNumbers {

    /** Jaro-Winkler at least {@link Comparisons#SIMILAR} (the same name counts as similar). */
    static final int SIMILAR = 0;
    /** Jaro-Winkler at least {@link Comparisons#ALIKE}, or one keystroke apart. */
    static final int ALIKE = 1;
    /** Neither. */
    static final int APART = 2;

    private static final int BITS = 18;
    private static final AtomicLong NUMBERINGS = new AtomicLong();
    /** Per thread, for one numbering at a time: the closeness of pairs compared (direct-mapped). */
    private static final ThreadLocal<Memo> CLOSENESS = ThreadLocal.withInitial(Memo::new);

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private final long numbering = NUMBERINGS.incrementAndGet();

    /** The name's number; -1 for no name. */
    int number(String name) {
        if (name == null) {
            return -1;
        }
        return numbers.computeIfAbsent(name, n -> {
            texts.add(n);
            return texts.size() - 1;
        });
    }

    /** How close two numbered names are: {@link #SIMILAR}, {@link #ALIKE} or {@link #APART}. */
    int closeness(int x, int y) {
        if (x == y) {
            return SIMILAR;
        }
        long pair = (long) Math.min(x, y) << 32 | Math.max(x, y);
        long[] memo = CLOSENESS.get().of(numbering);
        int slot = (int) ((pair * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
        long entry = memo[slot];
        if (entry >>> 2 == pair + 1) {
            return (int) (entry & 3);
        }
        String a = texts.get(x);
        String b = texts.get(y);
        double similarity = Comparisons.jaroWinkler(a, b);
        int closeness = similarity >= Comparisons.SIMILAR ? SIMILAR
                : similarity >= Comparisons.ALIKE || Comparisons.oneSlip(a, b) ? ALIKE : APART;
        memo[slot] = (pair + 1) << 2 | closeness;
        return closeness;
    }

    /** One thread's remembered results and the numbering they belong to. */
    private static final class Memo {
        private final long[] entries = new long[1 << BITS];
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
