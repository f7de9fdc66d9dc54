package org.familycontext.launcher.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.familycontext.matching.PersonRecord;

/**
 * A labelled public data set for measuring the matcher: its files, mapping and where its truth is
 * (which records are one person). The matcher never sees the truth.
 *
 * @param name     as printed
 * @param mapping  the mapping file, relative to the data folder
 * @param files    one file to deduplicate or two to link, relative to the data folder
 * @param oneToOne link in one-to-one mode
 * @param truth    how to tell a record's true person: "febrl" (rec-N-...), "dsgen" (id without its last
 *                 digit) or "column:NAME"
 * @param keep     which records of the files the set takes, by side and record id (to make sets that
 *                 only partly overlap, or not at all)
 */
public record LabelledSet(String name, String mapping, List<String> files, boolean oneToOne, String truth,
                          BiPredicate<Integer, String> keep) {

    private static final List<String> FEBRL4 = List.of("febrl/dataset4a.csv", "febrl/dataset4b.csv");

    /** A set that takes every record of its files. */
    public LabelledSet(String name, String mapping, List<String> files, boolean oneToOne, String truth) {
        this(name, mapping, files, oneToOne, truth, (side, id) -> true);
    }

    /** The sets the benchmark measures, from the data folder. */
    public static List<LabelledSet> standard() {
        return List.of(
                new LabelledSet("FEBRL4 4a-4b, one-to-one", "febrl.yaml", FEBRL4, true, "febrl"),
                new LabelledSet("FEBRL4 4a-half 4b, one-to-one", "febrl.yaml", FEBRL4, true, "febrl",
                        (side, id) -> side == 0 || febrlPerson(id) % 2 == 0),
                new LabelledSet("FEBRL4 no overlap, one-to-one", "febrl.yaml", FEBRL4, true, "febrl",
                        (side, id) -> side == 0 ? febrlPerson(id) < 2500 : febrlPerson(id) >= 2500),
                new LabelledSet("FEBRL4 4a-4b", "febrl.yaml", FEBRL4, false, "febrl"),
                new LabelledSet("FEBRL dataset1 (dedup)", "febrl.yaml", List.of("febrl/dataset1.csv"), false, "febrl"),
                new LabelledSet("FEBRL dataset2 (dedup)", "febrl.yaml", List.of("febrl/dataset2.csv"), false, "febrl"),
                new LabelledSet("FEBRL dataset3 (dedup)", "febrl.yaml", List.of("febrl/dataset3.csv"), false, "febrl"),
                new LabelledSet("dsgen A 10000 (dedup)", "dsgen.yaml", List.of("febrl/dsgen/dataset_A_10000.csv"), false, "dsgen"),
                new LabelledSet("dsgen C 1000 (hard dedup)", "dsgen.yaml", List.of("febrl/dsgen/dataset_C_1000.csv"), false, "dsgen"),
                new LabelledSet("dsgen C 2500 (hard dedup)", "dsgen.yaml", List.of("febrl/dsgen/dataset_C_2500.csv"), false, "dsgen"),
                new LabelledSet("dsgen D 10000 org-dup", "dsgen.yaml", List.of("febrl/dsgen/dataset_D_org_10000.csv",
                        "febrl/dsgen/dataset_D_dup_10000.csv"), false, "dsgen"),
                new LabelledSet("Splink fake_1000 (dedup)", "splink.yaml", List.of("splink/fake_1000.csv"), false, "column:cluster"));
    }

    /** The set's records, in file order (left-hand file first). */
    public List<PersonRecord> records(Path data) {
        LinkMapping map = LinkMapping.read(data.resolve(mapping));
        List<PersonRecord> records = new ArrayList<>();
        for (int side = 0; side < files.size(); side++) {
            int own = side;
            CsvPeople.read(data.resolve(files.get(side)), map, side).stream().filter(r -> keep.test(own, r.id())).forEach(records::add);
        }
        return records;
    }

    /** Each record's true person, in the order of {@link #records(Path)}. */
    public String[] truth(Path data, List<PersonRecord> records) throws IOException {
        Map<String, String> byId = new HashMap<>();
        if (truth.startsWith("column:")) {
            String column = truth.substring("column:".length());
            String idColumn = LinkMapping.read(data.resolve(mapping)).idColumn();
            for (String file : files) {
                try (Reader in = Files.newBufferedReader(data.resolve(file), StandardCharsets.UTF_8);
                     CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                             .setIgnoreSurroundingSpaces(true).setTrim(true).get().parse(in)) {
                    for (CSVRecord row : parser) {
                        byId.put(row.get(idColumn), row.get(column));
                    }
                }
            }
        }
        String[] people = new String[records.size()];
        for (int i = 0; i < people.length; i++) {
            String id = records.get(i).id();
            people[i] = switch (truth) {
                case "febrl" -> "rec-" + febrlPerson(id);
                case "dsgen" -> id.substring(0, id.length() - 1);
                default -> byId.get(id);
            };
        }
        return people;
    }

    /** The person's number in a Febrl record id ({@code rec-N-org} or {@code rec-N-dup-K}). */
    private static int febrlPerson(String id) {
        int start = id.indexOf('-') + 1;
        return Integer.parseInt(id.substring(start, id.indexOf('-', start)));
    }
}
