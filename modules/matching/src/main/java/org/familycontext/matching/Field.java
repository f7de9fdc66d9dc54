package org.familycontext.matching;

import java.util.List;
import java.util.Locale;

/**
 * The fields the matcher compares, each with its comparison levels from the strongest agreement to
 * disagreement. A pair where either record lacks the field has no level for it and the field adds
 * nothing to the pair's weight.
 */
public enum Field {
    GIVEN_NAME(List.of("exact", "nickname", "similar", "alike", "sounds alike", "initial", "swapped", "crossed", "different")),
    FAMILY_NAME(List.of("exact", "one part agrees", "similar", "alike", "sounds alike", "swapped", "renamed at a move", "different")),
    DATE_OF_BIRTH(List.of("exact", "day and month swapped", "one part differs", "agrees as far as known", "close", "different")),
    GENDER(List.of("exact", "different")),
    ADDRESS(List.of("exact", "similar", "partly similar", "different")),
    POSTCODE(List.of("exact", "one character differs", "same district", "different")),
    CITY(List.of("exact", "similar", "different")),
    NHS_NUMBER(List.of("exact", "different")),
    UPN(List.of("exact", "different")),
    OTHER_ID(List.of("exact", "one character differs", "different")),
    PHONE(List.of("exact", "last six digits", "one slip", "different")),
    EMAIL(List.of("exact", "similar", "different")),
    UPRN(List.of("exact", "different")),
    RESIDENCE(List.of("moved that day", "one after the other", "within a year", "years apart", "at the same time, one not ended",
            "at the same time"));

    private final List<String> levels;

    Field(List<String> levels) {
        this.levels = levels;
    }

    /** The levels' names, strongest agreement first; the last is disagreement. */
    public List<String> levels() {
        return levels;
    }

    public int disagreement() {
        return levels.size() - 1;
    }

    /** The name used in mappings and explanations, e.g. {@code date_of_birth}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Field ofConfigName(String name) {
        for (Field field : values()) {
            if (field.configName().equals(name)) {
                return field;
            }
        }
        throw new IllegalArgumentException("no field \"" + name + "\"");
    }
}
