package org.familycontext.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.familycontext.kernel.CouncilId;
import org.familycontext.synthetic.GenerationReport;
import org.familycontext.synthetic.RegionGenerator;
import org.familycontext.synthetic.RegionSpec;

/**
 * A synthetic region kept in a folder between runs (the demo's, and the ones the benchmarks read):
 * generated once per set of councils, size and generator edition, and again when any of them
 * changes.
 */
final class KeptRegion {

    private static final String STAMP = ".generated";

    private KeptRegion() {
    }

    /** What identifies a region: its councils, size, seed, date and the generator's edition. */
    static String description(List<CouncilId> councils, int people) {
        return councils + " people=" + people + " seed=" + RegionSpec.DEFAULT_SEED + " asOf=" + RegionSpec.DEFAULT_AS_OF
                + " edition=" + RegionGenerator.EDITION;
    }

    /** The region folder, generated now unless the same region is already there. */
    static Path ensure(Path folder, List<CouncilId> councils, int people, boolean fresh) throws IOException {
        RegionSpec spec = RegionSpec.of(councils, people, RegionSpec.DEFAULT_SEED, RegionSpec.DEFAULT_AS_OF);
        String wanted = description(councils, people);
        Path stamp = folder.resolve(STAMP);
        if (!fresh && Files.exists(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(wanted)) {
            System.out.println("Synthetic region: " + folder + " (" + wanted + ")");
            return folder;
        }
        deleteTree(folder);
        System.out.println("Generating a synthetic region (" + wanted + ")...");
        GenerationReport report = new RegionGenerator().generate(spec, folder);
        Files.writeString(stamp, wanted, StandardCharsets.UTF_8);
        System.out.printf("Synthetic region: %,d people in %,d families, written to %s%n", report.people(), report.families(),
                folder);
        return folder;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
