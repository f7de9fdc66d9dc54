package org.familycontext.matching;

/**
 * How one field of a pair compared, for explanations.
 *
 * @param field  the field
 * @param level  the level's name, e.g. "nickname" or "day and month swapped"
 * @param weight what it added to the pair's weight (log2 of m / u; negative speaks against a match)
 */
public record FieldAgreement(Field field, String level, double weight) {
}
