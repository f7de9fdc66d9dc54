package org.familycontext.dukebaseline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record handed to Duke: an identifier unique within its set, and its fields keyed by
 * canonical name ({@code given_name}, {@code family_name}, {@code date_of_birth}, {@code address},
 * {@code postcode}, {@code city}, {@code email}, {@code phone}, {@code gender}, {@code nhs_number},
 * {@code upn}, {@code other_id}). Values may be null or blank: such a field counts as missing.
 *
 * @param id     the record's identifier, unique within the list it is passed in; never null or blank
 * @param fields the record's values by canonical field name; copied, null values kept as missing
 */
public record DukeRecord(String id, Map<String, String> fields) {

    /** Checks the identifier and takes an unmodifiable copy of the fields (null values allowed). */
    public DukeRecord {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a record id must not be blank");
        }
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
