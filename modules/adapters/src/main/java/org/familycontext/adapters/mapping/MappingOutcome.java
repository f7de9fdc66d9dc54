package org.familycontext.adapters.mapping;

import java.util.Optional;
import org.familycontext.adapters.CanonicalField;

/**
 * What mapping one row gave: its values, or why the row cannot be used.
 *
 * @param values    the row's canonical values, when usable
 * @param rejection the field at fault and the reason, when not
 */
public record MappingOutcome(Optional<FieldValues> values, Optional<Rejection> rejection) {

    /**
     * Why a row cannot be used.
     *
     * @param field  the field at fault, if one is
     * @param reason what is wrong, in words for a data engineer
     */
    public record Rejection(Optional<CanonicalField> field, String reason) {
    }

    static MappingOutcome accepted(FieldValues values) {
        return new MappingOutcome(Optional.of(values), Optional.empty());
    }

    static MappingOutcome rejected(CanonicalField field, String reason) {
        return new MappingOutcome(Optional.empty(), Optional.of(new Rejection(Optional.ofNullable(field), reason)));
    }
}
