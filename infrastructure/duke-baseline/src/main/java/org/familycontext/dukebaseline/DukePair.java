package org.familycontext.dukebaseline;

/**
 * A pair of records that Duke decided are the same entity.
 *
 * @param leftId     in deduplication, the lexicographically smaller id of the two; in linkage,
 *                   the id of the record from the left set
 * @param rightId    in deduplication, the lexicographically greater id; in linkage, the id of the
 *                   record from the right set
 * @param confidence Duke's probability that the two are the same (above its threshold)
 */
public record DukePair(String leftId, String rightId, double confidence) {
}
