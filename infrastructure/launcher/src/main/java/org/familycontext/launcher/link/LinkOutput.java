package org.familycontext.launcher.link;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.familycontext.matching.LinkResult;
import org.familycontext.matching.PersonRecord;
import org.familycontext.matching.ScoredPair;

/** Writes {@code pairs.csv} and {@code clusters.csv}. */
public final class LinkOutput {

    private LinkOutput() {
    }

    /**
     * @param records the records as linked (left-hand file first)
     */
    public static void write(Path dir, List<PersonRecord> records, LinkResult result) throws IOException {
        Files.createDirectories(dir);
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("pairs.csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord("left_id", "right_id", "score", "decision");
            for (ScoredPair pair : result.pairs()) {
                PersonRecord left = records.get(pair.left());
                PersonRecord right = records.get(pair.right());
                if (left.side() > right.side()) {
                    PersonRecord swap = left;
                    left = right;
                    right = swap;
                }
                csv.printRecord(left.id(), right.id(), String.format(Locale.ROOT, "%.6f", pair.probability()),
                        pair.decision().csvName());
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("clusters.csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord("record_id", "person_id");
            for (int i = 0; i < records.size(); i++) {
                csv.printRecord(records.get(i).id(), records.get(result.personOf()[i]).id());
            }
        }
    }
}
