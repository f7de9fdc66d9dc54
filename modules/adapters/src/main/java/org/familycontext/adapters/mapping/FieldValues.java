package org.familycontext.adapters.mapping;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.familycontext.adapters.CanonicalField;

/**
 * The canonical values of one row: text, dates and codes already checked; a value that was present
 * but not valid is absent here and listed in {@link #invalid()}.
 *
 * @param text    the text values by field (codes already translated)
 * @param dates   the date values by field
 * @param invalid the fields whose values were present but not valid, with why
 */
public record FieldValues(Map<CanonicalField, String> text, Map<CanonicalField, LocalDate> dates,
                          Map<CanonicalField, String> invalid) {

    public static FieldValues empty() {
        return new FieldValues(new EnumMap<>(CanonicalField.class), new EnumMap<>(CanonicalField.class),
                new EnumMap<>(CanonicalField.class));
    }

    public Optional<String> text(CanonicalField field) {
        return Optional.ofNullable(text.get(field));
    }

    public Optional<LocalDate> date(CanonicalField field) {
        return Optional.ofNullable(dates.get(field));
    }

    /** Present at all (valid or not). */
    public boolean given(CanonicalField field) {
        return text.containsKey(field) || dates.containsKey(field) || invalid.containsKey(field);
    }
}
