package org.familycontext.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

    @Parameters(index = "0", paramLabel = "WHAT", description = "load")
    private String what;

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
        if (!"load".equals(what)) {
            System.err.println("bench: unknown benchmark \"" + what + "\"; there is: load");
            return 2;
        }
        if (rows < 1000 || rounds < 1) {
            System.err.println("bench: --rows must be at least 1000 and --rounds at least 1");
            return 2;
        }
        if (System.getProperty(CHILD) == null) {
            return inOwnJvm();
        }
        return new LoadBenchmark(Workspace.current(), rows, rounds).run();
    }

    private int inOwnJvm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-D" + CHILD + "=true", "-cp",
                System.getProperty("java.class.path"), Fc.class.getName(), "bench", what, "--rows", Integer.toString(rows),
                "--rounds", Integer.toString(rounds)));
        Process child = new ProcessBuilder(command).inheritIO().start();
        return child.waitFor();
    }
}
