package org.familycontext.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./fc bench load}: loads a million-row CSV extract through the real load pipeline (mapping,
 * validation, quarantine, quality report, staging, publication) and, in the same run, a raw
 * PostgreSQL COPY of the same file, and prints both rates side by side. Runs in its own JVM with the
 * heap it is allowed (2 GB unless told), so the figure includes the memory bound.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks. bench load: the load pipeline against a raw PostgreSQL COPY of the same file.")
final class BenchCommand implements Callable<Integer> {

    static final String CHILD = "fc.bench.child";
    static final String LINKAGE_DATA = "modules/matching/src/test/resources/linkage";

    @Parameters(index = "0", paramLabel = "WHAT", description = "load or link")
    private String what;

    @Option(names = "--data", paramLabel = "DIR", description = "bench link: the labelled data sets (default: the copies in "
            + LINKAGE_DATA + ")")
    private Path data;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--synthetic", paramLabel = "PEOPLE", description = "bench link: link one generated council of this many "
            + "people (all five sources) instead of the public sets; runs in its own JVM with --heap")
    private int people;

    @Option(names = "--without-duke", description = "bench link: do not run Duke beside the matcher")
    private boolean withoutDuke;

    @Option(names = "--verbose", description = "bench link: blocking, the estimated model and missed pairs per data set")
    private boolean verbose;

    @Option(names = "--rows", paramLabel = "N", description = "rows in the extract (default: ${DEFAULT-VALUE})",
            defaultValue = "1000000")
    private int rows;

    @Option(names = "--heap", paramLabel = "SIZE", description = "maximum heap, as java -Xmx (default: ${DEFAULT-VALUE})",
            defaultValue = "2g")
    private String heap;

    @Option(names = "--rounds", paramLabel = "N", description = "measured rounds (default: ${DEFAULT-VALUE})",
            defaultValue = "2")
    private int rounds;

    @Override
    public Integer call() throws Exception {
        if ("link".equals(what) && people > 0) {
            if (System.getProperty(CHILD) == null) {
                return inOwnJvm(spec.commandLine().getParseResult().originalArgs());
            }
            return new LinkBenchmark(data, verbose, !withoutDuke).runSynthetic(Workspace.current().root()
                    .resolve("target/fc-bench-link/region-" + people), people);
        }
        if ("link".equals(what)) {
            return new LinkBenchmark(data != null ? data : Workspace.current().root().resolve(LINKAGE_DATA), verbose, !withoutDuke).run();
        }
        if (!"load".equals(what)) {
            System.err.println("bench: unknown benchmark \"" + what + "\"; there are: load, link");
            return 2;
        }
        if (rows < 1000 || rounds < 1) {
            System.err.println("bench: --rows must be at least 1000 and --rounds at least 1");
            return 2;
        }
        if (System.getProperty(CHILD) == null) {
            return inOwnJvm(List.of("--rows", Integer.toString(rows), "--rounds", Integer.toString(rounds)));
        }
        return new LoadBenchmark(Workspace.current(), rows, rounds).run();
    }

    private int inOwnJvm(List<String> arguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-D" + CHILD + "=true", "-cp",
                System.getProperty("java.class.path"), Fc.class.getName()));
        if (arguments.isEmpty() || !arguments.get(0).equals("bench")) {
            command.addAll(List.of("bench", what));
        }
        command.addAll(arguments);
        Process child = new ProcessBuilder(command).inheritIO().start();
        return child.waitFor();
    }
}
