package org.familycontext.matching;

import java.util.Map;

/**
 * How the matcher decides.
 *
 * @param linkAt          probability at or above which a pair is one person (link)
 * @param possibleAt      probability at or above which a pair is shown as a possible match (never merged)
 * @param maxBlock        blocks with more records are not compared under that key
 * @param maxClusterSize  no person is built from more records than this; a merge beyond it is refused
 * @param oneToOne        when linking two sets, each record links to at most one record of the other set
 * @param threads         threads comparing records
 * @param overrides       m and u values fixed by configuration: field, level name, {m, u} (NaN keeps the estimate)
 * @param model           a model to use as it is (from an earlier full run) instead of estimating one; null to estimate
 */
public record LinkSettings(double linkAt, double possibleAt, int maxBlock, int maxClusterSize, boolean oneToOne, int threads,
                           Map<Field, Map<String, double[]>> overrides, MatchModel model) {

    public static final double DEFAULT_LINK_AT = 0.95;
    public static final double DEFAULT_POSSIBLE_AT = 0.8;

    public LinkSettings {
        if (!(possibleAt > 0 && possibleAt <= linkAt && linkAt < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < possible <= link < 1; they are possible "
                    + possibleAt + ", link " + linkAt);
        }
        if (maxBlock < 2 || maxClusterSize < 2 || threads < 1) {
            throw new IllegalArgumentException("maxBlock and maxClusterSize must be at least 2 and threads at least 1");
        }
        overrides = Map.copyOf(overrides);
    }

    public static LinkSettings defaults() {
        return new LinkSettings(DEFAULT_LINK_AT, DEFAULT_POSSIBLE_AT, 500, 60, false,
                Math.max(1, Runtime.getRuntime().availableProcessors()), Map.of(), null);
    }

    public LinkSettings withThresholds(double link, double possible) {
        return new LinkSettings(link, possible, maxBlock, maxClusterSize, oneToOne, threads, overrides, model);
    }

    public LinkSettings withOneToOne(boolean value) {
        return new LinkSettings(linkAt, possibleAt, maxBlock, maxClusterSize, value, threads, overrides, model);
    }

    public LinkSettings withOverrides(Map<Field, Map<String, double[]>> values) {
        return new LinkSettings(linkAt, possibleAt, maxBlock, maxClusterSize, oneToOne, threads, values, model);
    }

    /** These settings with a fixed model: no estimation, the model's m, u and prior as they are. */
    public LinkSettings withModel(MatchModel fixed) {
        return new LinkSettings(linkAt, possibleAt, maxBlock, maxClusterSize, oneToOne, threads, overrides, fixed);
    }

    public LinkSettings withThreads(int value) {
        return new LinkSettings(linkAt, possibleAt, maxBlock, maxClusterSize, oneToOne, value, overrides, model);
    }
}
