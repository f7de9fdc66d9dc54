package org.familycontext.synthetic.extract;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.synthetic.CouncilSpec;
import org.familycontext.synthetic.RegionSpec;
import org.familycontext.synthetic.region.Family;
import org.familycontext.synthetic.sources.Services;

/**
 * Everything a region generation writes, open at once so a family can be written to every council
 * that knows it (its own, and the one it moved to) and then forgotten.
 */
public final class RegionOutput implements Closeable {

    private final List<CouncilExtract> councils;
    private final TruthFiles truth;
    private final List<String> councilIds;

    private RegionOutput(List<CouncilExtract> councils, TruthFiles truth, List<String> councilIds) {
        this.councils = councils;
        this.truth = truth;
        this.councilIds = councilIds;
    }

    /** Creates the folders and files (replacing files of the same name; other files are left alone). */
    public static RegionOutput open(RegionSpec spec, Path out) throws IOException {
        Files.createDirectories(out);
        List<String> ids = spec.councilIds().stream().map(Object::toString).toList();
        TruthFiles truth = new TruthFiles(out.resolve("truth"), ids);
        List<CouncilExtract> councils = new ArrayList<>();
        for (CouncilSpec council : spec.councils()) {
            councils.add(new CouncilExtract(council, out.resolve(council.council().value()), truth));
        }
        return new RegionOutput(List.copyOf(councils), truth, ids);
    }

    /** Writes the family's truth and every row each council's services hold about it. */
    public void write(Family family, Services services) throws IOException {
        truth.family(family);
        for (int council : family.councils()) {
            councils.get(council).write(services.report(family, council));
        }
    }

    /** Data rows per council and file name, then per truth file under "truth". */
    public Map<String, Map<String, Long>> rowCounts() {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (int i = 0; i < councils.size(); i++) {
            counts.put(councilIds.get(i), councils.get(i).rowCounts());
        }
        counts.put("truth", truth.rowCounts());
        return counts;
    }

    /** Every file written. */
    public List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        councils.forEach(c -> paths.addAll(c.paths()));
        paths.addAll(truth.paths());
        return paths;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable c : closeables()) {
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private List<Closeable> closeables() {
        List<Closeable> all = new ArrayList<>(councils);
        all.add(truth);
        return all;
    }
}
