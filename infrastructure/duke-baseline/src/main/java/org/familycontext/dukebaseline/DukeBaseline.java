package org.familycontext.dukebaseline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.DummyLogger;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.datasources.InMemoryDataSource;

/**
 * Duke 1.2 as a record-linkage baseline: deduplication of one set, and linkage of two sets, with
 * the person-data configuration of {@link PersonSchema} (Duke properties only for the fields that
 * are present in the input).
 *
 * <p>Duke is run in memory (a Lucene index in a RAM directory, nothing on disk), with its silent
 * logger; nothing here logs or prints record content. Each call builds and closes its own Duke
 * processor, so calls are independent and may run concurrently.
 */
public final class DukeBaseline {

    private DukeBaseline() {
    }

    /**
     * Deduplicates one set: every pair Duke decides is a match (confidence above its threshold).
     * Each unordered pair is reported once, with {@code leftId} the lexicographically smaller id
     * ({@link String#compareTo}); the list is sorted by left id, then right id.
     *
     * @param records the records, ids unique
     * @param threads Duke's matching threads (at least 1)
     * @return the matching pairs
     */
    public static List<DukePair> deduplicate(List<DukeRecord> records, int threads) {
        Objects.requireNonNull(records, "records");
        checkThreads(threads);
        checkUniqueIds(records);
        Set<PersonSchema.Field> present = PersonSchema.presentFields(List.of(records));
        if (records.size() < 2 || present.isEmpty()) {
            return List.of();
        }
        List<Record> duke = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            duke.add(PersonSchema.toDuke(Integer.toString(i), records.get(i)));
        }

        Map<Long, DukePair> pairs = new HashMap<>();
        Collector collector = new Collector((a, b, confidence) -> {
            int i = Integer.parseInt(a.getValue(PersonSchema.ID));
            int j = Integer.parseInt(b.getValue(PersonSchema.ID));
            String idI = records.get(i).id();
            String idJ = records.get(j).id();
            boolean iFirst = idI.compareTo(idJ) < 0;
            long key = iFirst ? (long) i << 32 | j : (long) j << 32 | i;
            // Duke reports each pair once from each side; keep one, with the higher confidence.
            DukePair pair = iFirst ? new DukePair(idI, idJ, confidence) : new DukePair(idJ, idI, confidence);
            pairs.merge(key, pair, (x, y) -> x.confidence() >= y.confidence() ? x : y);
        });

        Processor processor = processor(PersonSchema.configuration(present), threads, collector);
        try {
            processor.deduplicate(duke);
        } finally {
            processor.close();
        }
        List<DukePair> result = new ArrayList<>(pairs.values());
        result.sort(Comparator.comparing(DukePair::leftId).thenComparing(DukePair::rightId));
        return result;
    }

    /**
     * Links two sets (Duke's record linkage mode): only pairs across the sets, {@code leftId} from
     * {@code left} and {@code rightId} from {@code right}. The right set is indexed and each left
     * record is looked up in it.
     *
     * <p>With {@code oneToOne} false, every pair above the threshold is returned. With it true,
     * Duke's own "best match" mode is used (each left record keeps only its single best right
     * record above the threshold), and then, so that no right record is kept twice either, when
     * several left records chose the same right record only the one with the highest confidence
     * keeps it (the others get no match; Duke does not enforce this side itself).
     *
     * <p>The list follows the order of {@code left}, then right id.
     *
     * @param left     the left set, ids unique within it
     * @param right    the right set, ids unique within it (they may repeat ids of the left set)
     * @param oneToOne keep at most one match per record
     * @param threads  Duke's matching threads (at least 1)
     * @return the matching pairs
     */
    public static List<DukePair> link(List<DukeRecord> left, List<DukeRecord> right, boolean oneToOne, int threads) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        checkThreads(threads);
        checkUniqueIds(left);
        checkUniqueIds(right);
        Set<PersonSchema.Field> present = PersonSchema.presentFields(List.of(left, right));
        if (left.isEmpty() || right.isEmpty() || present.isEmpty()) {
            return List.of();
        }
        // Internal ids differ between the sets: Duke skips candidates that share an identity value.
        Collection<DataSource> leftSource = source("l", left);
        Collection<DataSource> rightSource = source("r", right);

        List<int[]> found = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        Collector collector = new Collector((query, candidate, confidence) -> {
            // In linkage Duke reports (record looked up, indexed candidate): (left, right).
            found.add(new int[] {index(query), index(candidate)});
            confidences.add(confidence);
        });

        ConfigurationImpl config = PersonSchema.configuration(present);
        Processor processor = processor(config, threads, collector);
        try {
            // group 1 (indexed) = right, group 2 (looked up) = left; matchall = !oneToOne
            processor.link(rightSource, leftSource, !oneToOne, Math.max(left.size(), right.size()));
        } finally {
            processor.close();
        }

        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            order.add(k);
        }
        if (oneToOne) {
            order.sort(Comparator.comparingDouble((Integer k) -> -confidences.get(k))
                    .thenComparingInt(k -> found.get(k)[0]));
            Set<Integer> rightTaken = new HashSet<>();
            order.removeIf(k -> !rightTaken.add(found.get(k)[1]));
        }
        order.sort(Comparator.comparingInt((Integer k) -> found.get(k)[0])
                .thenComparing(k -> right.get(found.get(k)[1]).id()));
        List<DukePair> result = new ArrayList<>(order.size());
        for (int k : order) {
            int[] pair = found.get(k);
            result.add(new DukePair(left.get(pair[0]).id(), right.get(pair[1]).id(), confidences.get(k)));
        }
        return result;
    }

    private static Processor processor(ConfigurationImpl config, int threads, Collector collector) {
        Processor processor = new Processor(config, true);
        processor.setLogger(new DummyLogger());
        processor.setThreads(threads);
        processor.addMatchListener(collector);
        return processor;
    }

    private static Collection<DataSource> source(String prefix, List<DukeRecord> records) {
        InMemoryDataSource source = new InMemoryDataSource();
        for (int i = 0; i < records.size(); i++) {
            source.add(PersonSchema.toDuke(prefix + i, records.get(i)));
        }
        return List.of(source);
    }

    private static int index(Record record) {
        return Integer.parseInt(record.getValue(PersonSchema.ID).substring(1));
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    private static void checkUniqueIds(List<DukeRecord> records) {
        Set<String> seen = new HashSet<>();
        for (DukeRecord record : records) {
            Objects.requireNonNull(record, "record");
            if (!seen.add(record.id())) {
                throw new IllegalArgumentException("record ids must be unique within a set");
            }
        }
    }
}
