package org.familycontext.synthetic.sources;

/**
 * One deliberate difference between a row and the truth.
 *
 * @param field   the field it is in
 * @param error   its kind
 * @param truth   the true value (ISO dates; the UPRN for addresses)
 * @param written the value written (same conventions; empty when missing)
 */
public record RecordedError(Field field, DataError error, String truth, String written) {
}
