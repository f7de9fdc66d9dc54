package org.familycontext.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Finds the pairs worth comparing with several blocking keys and compares each pair once: a pair
 * that an earlier key already found is skipped. Blocks larger than the limit (a very common name
 * and year) are not compared under that key and are counted; other keys still reach their pairs.
 * When two sets are linked, only pairs across the sets are compared.
 */
final class CandidateSearch {

    private static final int INDEX_BITS = 24;
    /** The record index in the low bits of a sorted entry. */
    private static final int INDEX_MASK = (1 << INDEX_BITS) - 1;
    /** At most this many records (record indexes are packed into 24 bits beside a 40-bit key). */
    static final int MAX_RECORDS = 1 << INDEX_BITS;
    private static final int CHUNKS_PER_THREAD = 16;

    /**
     * What blocking did, per key.
     *
     * @param key           the key
     * @param newPairs      pairs this key found that no earlier key had
     * @param skippedBlocks blocks over the size limit, not compared under this key
     * @param skippedPairs  the pairs those blocks would have held
     * @param limit         the largest block compared under this key
     */
    record KeyStats(BlockingKey key, long newPairs, long skippedBlocks, long skippedPairs, int limit) {
    }

    private final RecordTable table;
    private final Comparisons comparisons;
    private final List<BlockingKey> keys;
    private final int maxBlock;
    private final boolean acrossSidesOnly;
    /** Per key, each record's key value; 0 for none, and for records of a block too large to compare. */
    private final long[][] keyValues;
    private final List<KeyStats> stats = new ArrayList<>();

    CandidateSearch(RecordTable table, Comparisons comparisons, List<BlockingKey> keys, int maxBlock, boolean acrossSidesOnly) {
        if (table.size > MAX_RECORDS) {
            throw new IllegalArgumentException("at most " + MAX_RECORDS + " records can be linked at once; there are " + table.size);
        }
        this.table = table;
        this.comparisons = comparisons;
        this.keys = keys;
        this.maxBlock = maxBlock;
        this.acrossSidesOnly = acrossSidesOnly;
        this.keyValues = new long[keys.size()][];
    }

    List<KeyStats> stats() {
        return stats;
    }

    Candidates search(ExecutorService workers, int threads) {
        Candidates all = new Candidates(table.size * 4);
        for (int k = 0; k < keys.size(); k++) {
            long[] sorted = sortedKeys(k);
            List<int[]> blocks = blocks(sorted, k);
            compareBlocks(sorted, blocks, k, workers, threads, all);
        }
        return all;
    }

    private long[] sortedKeys(int k) {
        long[] values = new long[table.size];
        long[] sorted = new long[table.size];
        int n = 0;
        for (int i = 0; i < table.size; i++) {
            values[i] = keys.get(k).of(table, i);
            if (values[i] != 0) {
                sorted[n++] = values[i] << INDEX_BITS | i;
            }
        }
        keyValues[k] = values;
        sorted = Arrays.copyOf(sorted, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Runs of equal keys with more than one record, as [start, end). The records of an oversized
     * block lose the key (their value becomes 0), so no later check counts it as shared.
     */
    private List<int[]> blocks(long[] sorted, int k) {
        List<int[]> blocks = new ArrayList<>();
        long tooLarge = 0;
        long skippedPairs = 0;
        int limit = Math.min(maxBlock, keys.get(k).blockLimit());
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] >>> INDEX_BITS != sorted[start] >>> INDEX_BITS) {
                int size = i - start;
                if (size > limit) {
                    tooLarge++;
                    skippedPairs += (long) size * (size - 1) / 2;
                    for (int j = start; j < i; j++) {
                        keyValues[k][(int) (sorted[j] & INDEX_MASK)] = 0;
                    }
                } else if (size > 1) {
                    blocks.add(new int[] {start, i});
                }
                start = i;
            }
        }
        stats.add(new KeyStats(keys.get(k), 0, tooLarge, skippedPairs, limit));
        return blocks;
    }

    /** Compares the key's blocks on the workers and adds what they find to {@code all}, part by part. */
    private void compareBlocks(long[] sorted, List<int[]> blocks, int k, ExecutorService workers, int threads, Candidates all) {
        int chunks = Math.max(1, Math.min(blocks.size(), threads * CHUNKS_PER_THREAD));
        List<Future<Candidates>> parts = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) blocks.size() * c / chunks);
            int to = (int) ((long) blocks.size() * (c + 1) / chunks);
            parts.add(workers.submit(() -> compare(sorted, blocks.subList(from, to), k)));
        }
        long found = 0;
        try {
            for (Future<Candidates> part : parts) {
                Candidates candidates = part.get();
                all.addAll(candidates);
                found += candidates.size();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while comparing records", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("comparing records failed", e.getCause());
        }
        KeyStats before = stats.get(k);
        stats.set(k, new KeyStats(before.key(), found, before.skippedBlocks(), before.skippedPairs(), before.limit()));
    }

    private Candidates compare(long[] sorted, List<int[]> blocks, int k) {
        Candidates found = new Candidates(1024);
        for (int[] block : blocks) {
            for (int i = block[0]; i < block[1]; i++) {
                int a = (int) (sorted[i] & INDEX_MASK);
                for (int j = i + 1; j < block[1]; j++) {
                    int b = (int) (sorted[j] & INDEX_MASK);
                    if (acrossSidesOnly && table.side[a] == table.side[b] || foundEarlier(a, b, k)) {
                        continue;
                    }
                    int lo = Math.min(a, b);
                    int hi = Math.max(a, b);
                    found.add(lo, hi, comparisons.pattern(lo, hi));
                }
            }
        }
        return found;
    }

    /** The key's position among the keys this search used, or -1 when it did not use it. */
    int index(BlockingKey key) {
        return keys.indexOf(key);
    }

    /** True when the pair shares the key at this position (in a block that was compared). */
    boolean sharesKey(int k, int a, int b) {
        long value = keyValues[k][a];
        return value != 0 && value == keyValues[k][b];
    }

    /** True when some key put the pair forward (records on different sides when two sets are linked). */
    boolean compares(int a, int b) {
        return a != b && !(acrossSidesOnly && table.side[a] == table.side[b]) && foundEarlier(a, b, keys.size());
    }

    private boolean foundEarlier(int a, int b, int k) {
        for (int e = 0; e < k; e++) {
            long key = keyValues[e][a];
            if (key != 0 && key == keyValues[e][b]) {
                return true;
            }
        }
        return false;
    }
}
