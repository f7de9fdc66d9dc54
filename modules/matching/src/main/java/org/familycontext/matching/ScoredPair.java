package org.familycontext.matching;

/**
 * A compared pair the matcher kept: a link (the two records are one person) or a possible match
 * (shown as such, never merged). Indexes are the records' positions in the input.
 *
 * @param left        the first record's index
 * @param right       the second record's index
 * @param probability the probability that they are one person
 * @param weight      the sum of the field weights (log2 of m / u)
 * @param pattern     each field's comparison level, for explanations
 * @param decision    link or possible
 */
public record ScoredPair(int left, int right, double probability, double weight, long pattern, Decision decision) {

    public enum Decision {
        LINK, POSSIBLE;

        public String csvName() {
            return this == LINK ? "link" : "possible";
        }
    }

    ScoredPair as(Decision other) {
        return new ScoredPair(left, right, probability, weight, pattern, other);
    }
}
