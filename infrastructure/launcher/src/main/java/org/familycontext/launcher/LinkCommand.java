package org.familycontext.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.familycontext.matching.LinkResult;
import org.familycontext.matching.Linker;
import org.familycontext.matching.PersonRecord;
import org.familycontext.matching.ScoredPair;
import org.familycontext.launcher.link.CsvPeople;
import org.familycontext.launcher.link.LinkInputException;
import org.familycontext.launcher.link.LinkMapping;
import org.familycontext.launcher.link.LinkOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./fc link}: the product's matcher over CSV files, so that anyone can measure it on their
 * own or public data. Deduplicates one file or links two; writes pairs.csv and clusters.csv.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Deduplicate one CSV file or link two with the matcher the server uses; writes DIR/pairs.csv and "
                + "DIR/clusters.csv.")
final class LinkCommand implements Callable<Integer> {

    @Option(names = "--mapping", required = true, paramLabel = "MAP.yaml", description = "id column and field-to-column mapping")
    private Path mapping;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for pairs.csv and clusters.csv")
    private Path out;

    @Option(names = "--one-to-one", description = "when linking two files, link each record to at most one of the other file")
    private boolean oneToOne;

    @Parameters(arity = "1..2", paramLabel = "FILE", description = "one file to deduplicate, or two to link")
    private List<Path> files;

    @Override
    public Integer call() throws Exception {
        try {
            LinkMapping map = LinkMapping.read(mapping);
            List<PersonRecord> records = new ArrayList<>();
            for (int side = 0; side < files.size(); side++) {
                Path file = files.get(side);
                if (!Files.isRegularFile(file)) {
                    System.err.println("link: " + file + " is not a file");
                    return 2;
                }
                records.addAll(CsvPeople.read(file, map, side));
            }
            checkIdsUnique(records);
            LinkResult result = new Linker(map.settings().withOneToOne(oneToOne), Clock.systemUTC()).link(records);
            LinkOutput.write(out, records, result);
            print(result);
            return 0;
        } catch (LinkInputException e) {
            System.err.println("link: " + e.getMessage());
            return 2;
        }
    }

    private void checkIdsUnique(List<PersonRecord> records) {
        if (files.size() < 2) {
            return;
        }
        Set<String> left = new HashSet<>();
        records.stream().filter(r -> r.side() == 0).forEach(r -> left.add(r.id()));
        records.stream().filter(r -> r.side() == 1 && left.contains(r.id())).findFirst().ifPresent(r -> {
            throw new LinkInputException(files.get(1).getFileName() + ": the id \"" + r.id() + "\" is also in "
                    + files.get(0).getFileName() + "; ids must be unique across both files so that clusters.csv is unambiguous");
        });
    }

    private void print(LinkResult result) {
        LinkResult.Statistics s = result.statistics();
        long links = result.pairs().stream().filter(p -> p.decision() == ScoredPair.Decision.LINK).count();
        long people = java.util.Arrays.stream(result.personOf()).distinct().count();
        double seconds = Math.max(0.001, s.millis() / 1000.0);
        System.out.printf("%,d records, %,d pairs compared, %,d links, %,d possible matches, %,d people (largest %d records)%n",
                s.records(), s.comparisons(), links, result.pairs().size() - links, people, s.largestPerson());
        System.out.printf("%.2f s: %,.0f records/s, %,.0f comparisons/s%n", seconds, s.records() / seconds, s.comparisons() / seconds);
        if (s.refusedMerges() > 0) {
            System.out.printf("%,d links not followed when building people (would have joined records that disagree; %d for "
                    + "different NHS numbers, %d for size); they are listed as possible matches%n", s.refusedMerges(),
                    s.refusedForNhs(), s.refusedForSize());
        }
        if (!result.model().findsMatches()) {
            System.out.println("The estimate found no pairs that look like one person (names and dates of birth differ more often "
                    + "than they agree even among its best pairs), so nothing is linked: the records seem to have nobody in common");
        }
        System.out.println("Wrote " + out.resolve("pairs.csv") + " and " + out.resolve("clusters.csv"));
    }
}
