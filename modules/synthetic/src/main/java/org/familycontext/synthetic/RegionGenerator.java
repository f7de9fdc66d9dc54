package org.familycontext.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.familycontext.synthetic.extract.RegionOutput;
import org.familycontext.synthetic.region.Family;
import org.familycontext.synthetic.region.FamilyFactory;
import org.familycontext.synthetic.region.RegionPlan;
import org.familycontext.synthetic.sources.Services;

/**
 * Writes a synthetic region: for each council, families are made one at a time (each from its own
 * seeded random source), written to every council that knows them and to the truth files, then
 * forgotten, so memory stays flat however many people are asked for. The same spec always writes
 * the same bytes.
 *
 * <pre>{@code
 * GenerationReport report = new RegionGenerator().generate(RegionSpec.defaults(), Path.of("region"));
 * }</pre>
 */
public final class RegionGenerator {

    /**
     * Changes whenever the same spec would write different files (2: names as often as in a real
     * population, instead of a few dozen per list drawn evenly). Kept regions of another edition are
     * generated again.
     */
    public static final int EDITION = 2;

    /** Generates the region into out (created if needed; files of the same name are replaced). */
    public GenerationReport generate(RegionSpec spec, Path out) throws IOException {
        long started = System.nanoTime();
        RegionPlan plan = RegionPlan.of(spec);
        Services services = new Services(plan, spec.peoplePerCouncil());
        Tally tally = new Tally();
        RegionOutput output = RegionOutput.open(spec, out);
        try (output) {
            for (int council = 0; council < spec.councils().size(); council++) {
                generateCouncil(spec, plan, council, services, output, tally);
            }
        }
        long bytes = 0;
        for (Path path : output.paths()) {
            bytes += Files.size(path);
        }
        return new GenerationReport(output.rowCounts(), tally.people, tally.families, tally.moved, bytes,
                System.nanoTime() - started);
    }

    private static void generateCouncil(RegionSpec spec, RegionPlan plan, int council, Services services,
            RegionOutput output, Tally tally) throws IOException {
        FamilyFactory factory = new FamilyFactory(plan, council);
        long serial = 0;
        for (int index = 0; serial < spec.peoplePerCouncil(); index++) {
            Family family = factory.family(index, serial);
            serial += family.members().size();
            output.write(family, services);
            tally.families++;
            tally.moved += family.movedTo() >= 0 ? 1 : 0;
        }
        tally.people += serial;
    }

    /** Running totals of one generation. */
    private static final class Tally {
        private long people;
        private long families;
        private long moved;
    }
}
