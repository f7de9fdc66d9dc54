package org.familycontext.synthetic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation wrote: data rows per council and file (and per truth file, under "truth"),
 * how many people and families were made, how many bytes were written and how long it took.
 *
 * @param rows          data rows (header excluded) per council id then file name, in output order
 * @param people        distinct people generated
 * @param families      families generated
 * @param movedFamilies families that also appear in a second council
 * @param bytes         bytes written, all files
 * @param elapsedNanos  wall-clock time of the generation
 */
public record GenerationReport(Map<String, Map<String, Long>> rows, long people, long families, long movedFamilies,
        long bytes, long elapsedNanos) {

    public GenerationReport {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        rows.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        rows = Collections.unmodifiableMap(copy);
    }

    /** Data rows in one file of one council (or of "truth"); 0 when there is no such file. */
    public long rows(String folder, String file) {
        return rows.getOrDefault(folder, Map.of()).getOrDefault(file, 0L);
    }

    /** People generated per second of wall-clock time. */
    public double peoplePerSecond() {
        return elapsedNanos == 0 ? 0 : people * 1e9 / elapsedNanos;
    }

    /** A few lines for a console: totals, then rows per file. */
    public String summary() {
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%,d people in %,d families (%,d moved council), %,d bytes, %.2f s (%,.0f people/s)%n",
                people, families, movedFamilies, bytes, elapsedNanos / 1e9, peoplePerSecond()));
        rows.forEach((folder, files) -> files.forEach((file, n) ->
                out.append(String.format(java.util.Locale.ROOT, "  %s/%s: %,d rows%n", folder, file, n))));
        return out.toString();
    }
}
