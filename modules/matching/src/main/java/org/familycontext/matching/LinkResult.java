package org.familycontext.matching;

import java.util.List;

/**
 * What linking gave.
 *
 * @param model        the parameters used (estimated by EM, with any configured overrides)
 * @param pairs        links and possible matches, strongest first
 * @param personOf     per record (by input position), the position of the record that stands for its person
 * @param statistics   counts and timings
 * @param scorer       scores and explains any pair of the records with the same model
 */
public record LinkResult(MatchModel model, List<ScoredPair> pairs, int[] personOf, Statistics statistics,
                         PairScorer scorer) {

    /**
     * @param records          records linked
     * @param comparisons      pairs compared (candidates from blocking)
     * @param blocking         per blocking key: new pairs found, blocks skipped as too large, pairs those held
     * @param refusedMerges    links not followed when building people (would chain unrelated records)
     * @param refusedForNhs    of those, refused because two valid NHS numbers differ
     * @param refusedForSize   of those, refused because the person would exceed the size limit
     * @param largestPerson    records in the largest person
     * @param millis           time taken, in milliseconds
     * @param stages           where the time went
     */
    public record Statistics(int records, long comparisons, List<String> blocking, int refusedMerges, int refusedForNhs,
                             int refusedForSize, int largestPerson, long millis, String stages) {
    }

    public LinkResult {
        pairs = List.copyOf(pairs);
    }
}
