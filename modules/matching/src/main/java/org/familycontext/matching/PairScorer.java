package org.familycontext.matching;

import java.util.List;

/**
 * Scores and explains any pair of the linked records with the model that linked them, and says
 * whether blocking compared it; for explanations, checks and measurement.
 */
public final class PairScorer {

    private final Comparisons comparisons;
    private final MatchModel model;
    private final CandidateSearch search;

    PairScorer(Comparisons comparisons, MatchModel model, CandidateSearch search) {
        this.comparisons = comparisons;
        this.model = model;
        this.search = search;
    }

    public double probability(int a, int b) {
        return model.probability(pattern(a, b));
    }

    /** What the pair's fields say for (positive) or against (negative) one person; see {@link MatchModel#evidence(long)}. */
    public double evidence(int a, int b) {
        return model.evidence(pattern(a, b));
    }

    /** Each compared field's level and weight for the pair. */
    public List<FieldAgreement> explain(int a, int b) {
        return model.explain(pattern(a, b));
    }

    /** The blocking keys that put the pair forward (lower-case names), to measure what each key adds. */
    public List<String> keysShared(int a, int b) {
        List<String> shared = new java.util.ArrayList<>();
        for (BlockingKey key : BlockingKey.values()) {
            int k = search.index(key);
            if (k >= 0 && search.sharesKey(k, Math.min(a, b), Math.max(a, b))) {
                shared.add(key.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return shared;
    }

    /** True when blocking put the pair forward for comparison. */
    public boolean compared(int a, int b) {
        return search.compares(Math.min(a, b), Math.max(a, b));
    }

    private long pattern(int a, int b) {
        return comparisons.pattern(Math.min(a, b), Math.max(a, b));
    }
}
