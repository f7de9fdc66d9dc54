package org.familycontext.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.familycontext.kernel.CouncilId;
import org.familycontext.synthetic.GenerationReport;
import org.familycontext.synthetic.RegionGenerator;
import org.familycontext.synthetic.RegionSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./fc generate}: writes a synthetic region, one folder of extracts per council in its own
 * style and a separate {@code truth/} folder; the same arguments always give the same bytes.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic region: extracts per council (in each council's style) and truth/ for tests.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write (created if missing)")
    private Path out;

    @Option(names = "--councils", split = ",", paramLabel = "a,b,c",
            description = "councils (default: stockport,leeds,manchester)")
    private List<String> councils = new ArrayList<>();

    @Option(names = "--people", paramLabel = "N", description = "people per council (default: ${DEFAULT-VALUE})",
            defaultValue = "" + RegionSpec.DEFAULT_PEOPLE)
    private int people;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})",
            defaultValue = "" + RegionSpec.DEFAULT_SEED)
    private long seed;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the date the extracts are current as of (default: 2026-11-01)")
    private LocalDate asOf = RegionSpec.DEFAULT_AS_OF;

    @Override
    public Integer call() throws Exception {
        List<CouncilId> ids = new ArrayList<>();
        for (String council : councils.isEmpty() ? RegionSpec.DEFAULT_COUNCILS.stream().map(CouncilId::value).toList() : councils) {
            if (!CouncilId.isWellFormed(council.strip())) {
                System.err.println("--councils: \"" + council + "\" is not a council id (2-40 lower-case letters, digits or "
                        + "hyphens, starting with a letter)");
                return 2;
            }
            ids.add(new CouncilId(council.strip()));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            System.err.println("--out: " + out + " is a file, not a folder");
            return 2;
        }
        RegionSpec spec;
        try {
            spec = RegionSpec.of(ids, people, seed, asOf);
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
        GenerationReport report = new RegionGenerator().generate(spec, out);
        System.out.print(report.summary());
        return 0;
    }
}
