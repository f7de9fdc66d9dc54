package org.familycontext.dukebaseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A manual check on FEBRL data (not a test: it is never run by the build). Prints pairwise
 * precision, recall and F1 and the run time; never prints records.
 *
 * <pre>
 * java -cp ... org.familycontext.dukebaseline.FebrlCheck link  A.csv B.csv [threads] [all]
 * java -cp ... org.familycontext.dukebaseline.FebrlCheck dedup FILE.csv [threads]
 * </pre>
 *
 * Files are FEBRL CSV (header {@code rec_id, given_name, surname, street_number, address_1,
 * address_2, suburb, postcode, state, date_of_birth, soc_sec_id}); the truth is the N of
 * {@code rec-N-org} / {@code rec-N-dup-k}. {@code soc_sec_id} is not used.
 */
public final class FebrlCheck {

    private FebrlCheck() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        if (mode.equals("link")) {
            List<DukeRecord> left = read(Path.of(args[1]));
            List<DukeRecord> right = read(Path.of(args[2]));
            int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
            boolean oneToOne = args.length <= 4 || !args[4].equals("all");
            long start = System.nanoTime();
            List<DukePair> pairs = DukeBaseline.link(left, right, oneToOne, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Integer> rightPerEntity = new HashMap<>();
            for (DukeRecord r : right) {
                rightPerEntity.merge(entity(r.id()), 1, Integer::sum);
            }
            long truth = 0;
            for (DukeRecord l : left) {
                truth += rightPerEntity.getOrDefault(entity(l.id()), 0);
            }
            report("link " + (oneToOne ? "one-to-one" : "all matches"), left.size() + "x" + right.size(), pairs,
                    truth, seconds, threads);
        } else {
            List<DukeRecord> records = read(Path.of(args[1]));
            int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            long start = System.nanoTime();
            List<DukePair> pairs = DukeBaseline.deduplicate(records, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Integer> perEntity = new HashMap<>();
            for (DukeRecord r : records) {
                perEntity.merge(entity(r.id()), 1, Integer::sum);
            }
            long truth = 0;
            for (int n : perEntity.values()) {
                truth += (long) n * (n - 1) / 2;
            }
            report("dedup", Integer.toString(records.size()), pairs, truth, seconds, threads);
        }
    }

    private static void report(String what, String size, List<DukePair> pairs, long truth, double seconds,
            int threads) {
        long tp = 0;
        Set<String> seen = new HashSet<>();
        for (DukePair pair : pairs) {
            if (!seen.add(pair.leftId() + "|" + pair.rightId())) {
                throw new IllegalStateException("pair reported twice");
            }
            if (entity(pair.leftId()).equals(entity(pair.rightId()))) {
                tp++;
            }
        }
        double precision = pairs.isEmpty() ? 0 : (double) tp / pairs.size();
        double recall = truth == 0 ? 0 : (double) tp / truth;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT,
                "%s %s: predicted=%d true=%d truth=%d precision=%.4f recall=%.4f F1=%.4f time=%.1fs threads=%d%n",
                what, size, pairs.size(), tp, truth, precision, recall, f1, seconds, threads);
    }

    /** rec-N-org and rec-N-dup-k are the same entity N. */
    private static String entity(String recId) {
        String[] parts = recId.split("-");
        return parts.length >= 2 ? parts[1] : recId;
    }

    static List<DukeRecord> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",");
        for (int i = 0; i < header.length; i++) {
            header[i] = header[i].trim();
        }
        List<DukeRecord> records = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, String> raw = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                raw.put(header[i], cells[i].trim());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("given_name", raw.get("given_name"));
            fields.put("family_name", raw.get("surname"));
            fields.put("date_of_birth", isoDate(raw.get("date_of_birth")));
            fields.put("address", join(raw.get("street_number"), raw.get("address_1"), raw.get("address_2"),
                    raw.get("suburb")));
            fields.put("postcode", raw.get("postcode"));
            records.add(new DukeRecord(raw.get("rec_id"), fields));
        }
        return records;
    }

    private static String isoDate(String yyyymmdd) {
        if (yyyymmdd == null || !yyyymmdd.matches("\\d{8}")) {
            return null;
        }
        return yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6);
    }

    private static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.append(part.trim());
            }
        }
        return joined.toString();
    }
}
