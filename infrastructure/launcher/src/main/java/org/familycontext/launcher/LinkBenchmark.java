package org.familycontext.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.familycontext.matching.LinkResult;
import org.familycontext.matching.LinkSettings;
import org.familycontext.matching.Linker;
import org.familycontext.matching.PersonRecord;
import org.familycontext.matching.ScoredPair;
import org.familycontext.launcher.link.LabelledSet;
import org.familycontext.launcher.link.LinkDiagnostics;
import org.familycontext.launcher.link.LinkMapping;
import org.familycontext.launcher.link.LinkageScore;

/**
 * {@code ./fc bench link}: the matcher on labelled public data sets, precision, recall and F1 for
 * the people it builds (clusters) and for its link decisions (pairs).
 */
final class LinkBenchmark {

    /** Duke runs beside the matcher on generated councils up to this many records. */
    static final int DUKE_LIMIT = 120_000;

    private final Path data;
    private final boolean verbose;
    private final boolean withDuke;

    LinkBenchmark(Path data, boolean verbose, boolean withDuke) {
        this.data = data;
        this.verbose = verbose;
        this.withDuke = withDuke;
    }

    /** The matcher on one generated council: quality against the generator's truth, and speed. */
    int runSynthetic(Path region, int people) throws Exception {
        Path council = KeptRegion.ensure(region, List.of(new org.familycontext.kernel.CouncilId("stockport")), people, false)
                .resolve("stockport");
        List<PersonRecord> records = org.familycontext.launcher.link.SyntheticSet.records(council);
        String[] truth = org.familycontext.launcher.link.SyntheticSet.truth(region, "stockport", records);
        int[] side = new int[records.size()];
        LinkResult result = new Linker(LinkSettings.defaults(), Clock.systemUTC()).link(records);
        List<int[]> links = links(result);
        LinkageScore clusters = LinkageScore.ofGroups(result.personOf(), truth, side, false);
        LinkageScore pairs = LinkageScore.ofPairs(links, truth, side, false);
        double seconds = result.statistics().millis() / 1000.0;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Synthetic Stockport, %,d people generated: %,d records from 5 sources%n", people, records.size());
        System.out.printf(Locale.ROOT, "  clusters P / R / F1 %s; link pairs P / R / F1 %s; largest person %d records%n",
                figures(clusters), figures(pairs), result.statistics().largestPerson());
        System.out.printf(Locale.ROOT, "  %.1f s on %d threads: %,.0f records/s, %,d pairs compared, %,.0f comparisons/s; heap "
                + "%,d MB allowed, %,d MB in use at the end%n", seconds, LinkSettings.defaults().threads(), records.size() / seconds,
                result.statistics().comparisons(), result.statistics().comparisons() / seconds, runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        System.out.println("  " + result.statistics().stages());
        if (withDuke && records.size() > DUKE_LIMIT) {
            System.out.printf(Locale.ROOT, "  Duke 1.2 skipped: over %,d records it runs for hours; compare with --synthetic 100000%n",
                    DUKE_LIMIT);
        } else if (withDuke) {
            long started = System.nanoTime();
            List<int[]> dukeLinks = DukeRun.links(records, false, 2);
            double dukeSeconds = (System.nanoTime() - started) / 1e9;
            LinkageScore dukeClusters = LinkageScore.ofGroups(DukeRun.chained(records.size(), dukeLinks), truth, side, false);
            System.out.printf(Locale.ROOT, "  Duke 1.2 on the same records: clusters P / R / F1 %s; link pairs P / R / F1 %s; "
                    + "%.1f s, %,.0f records/s (the matcher: %.1fx Duke's rate)%n", figures(dukeClusters),
                    figures(LinkageScore.ofPairs(dukeLinks, truth, side, false)), dukeSeconds, records.size() / dukeSeconds,
                    dukeSeconds / seconds);
        }
        if (verbose) {
            new LinkDiagnostics(records, result, truth).print(side, false);
        }
        return 0;
    }

    int run() throws Exception {
        System.out.printf("%-30s %7s %8s | %-24s | %-24s | %s%n", "Data set", "records", "seconds", "clusters P / R / F1",
                "link pairs P / R / F1", "largest person");
        for (LabelledSet set : LabelledSet.standard()) {
            List<PersonRecord> records = set.records(data);
            String[] truth = set.truth(data, records);
            int[] side = records.stream().mapToInt(PersonRecord::side).toArray();
            boolean across = set.files().size() == 2;
            LinkSettings settings = LinkMapping.read(data.resolve(set.mapping())).settings().withOneToOne(set.oneToOne());
            LinkResult result = new Linker(settings, Clock.systemUTC()).link(records);
            List<int[]> links = links(result);
            LinkageScore clusters = LinkageScore.ofGroups(result.personOf(), truth, side, across);
            LinkageScore pairs = LinkageScore.ofPairs(links, truth, side, across);
            System.out.printf(Locale.ROOT, "%-30s %7d %8.2f | %s | %s | %d%n", set.name(), records.size(),
                    result.statistics().millis() / 1000.0, figures(clusters), figures(pairs), result.statistics().largestPerson());
            if (verbose) {
                new LinkDiagnostics(records, result, truth).print(side, across);
            }
            if (withDuke) {
                long started = System.nanoTime();
                List<int[]> dukeLinks = DukeRun.links(records, set.oneToOne(), 2);
                double seconds = (System.nanoTime() - started) / 1e9;
                LinkageScore dukeClusters = LinkageScore.ofGroups(DukeRun.chained(records.size(), dukeLinks), truth, side, across);
                LinkageScore dukePairs = LinkageScore.ofPairs(dukeLinks, truth, side, across);
                System.out.printf(Locale.ROOT, "%-30s %7s %8.2f | %s | %s |%n", "  Duke 1.2, same data", "", seconds,
                        figures(dukeClusters), figures(dukePairs));
            }
        }
        return 0;
    }

    /** The link decisions, as pairs of record positions. */
    private static List<int[]> links(LinkResult result) {
        List<int[]> links = new ArrayList<>();
        for (ScoredPair pair : result.pairs()) {
            if (pair.decision() == ScoredPair.Decision.LINK) {
                links.add(new int[] {pair.left(), pair.right()});
            }
        }
        return links;
    }

    private static String figures(LinkageScore score) {
        return String.format(Locale.ROOT, "%.4f / %.4f / %.4f", score.precision(), score.recall(), score.f1());
    }
}
