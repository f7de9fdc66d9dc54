package org.familycontext.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.familycontext.kernel.CouncilId;

/**
 * Measures the generator from the command line:
 * {@code java -cp ... org.familycontext.synthetic.GeneratorBenchmark [people] [out-dir] [councils]}
 * (defaults: 200,000 people, a new temporary folder, stockport). Prints people per second and
 * what was written. Not a test: timings depend on the machine.
 */
public final class GeneratorBenchmark {

    private GeneratorBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int people = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 200_000;
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("fc-synthetic-");
        List<CouncilId> councils = args.length > 2
                ? Arrays.stream(args[2].split(",")).map(String::strip).map(CouncilId::new).toList()
                : List.of(new CouncilId("stockport"));
        RegionSpec spec = RegionSpec.of(councils, people, RegionSpec.DEFAULT_SEED, RegionSpec.DEFAULT_AS_OF);
        GenerationReport report = new RegionGenerator().generate(spec, out);
        System.out.print(report.summary());
        System.out.println("written to " + out.toAbsolutePath());
    }
}
