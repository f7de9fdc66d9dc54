package org.familycontext.tenancy;

import java.util.OptionalInt;

/**
 * The ages, in whole years, at which a dataset's section is shown at all (e.g. police 18+).
 *
 * @param minAge the youngest age shown, if bounded below
 * @param maxAge the oldest age shown, if bounded above
 */
public record AgeRange(OptionalInt minAge, OptionalInt maxAge) {

    public AgeRange {
        if (minAge.isPresent() && maxAge.isPresent() && minAge.getAsInt() > maxAge.getAsInt()) {
            throw new IllegalArgumentException("minAge " + minAge.getAsInt() + " is above maxAge " + maxAge.getAsInt());
        }
    }

    /** True when a person of this age may see the section shown. */
    public boolean admits(int age) {
        return (minAge.isEmpty() || age >= minAge.getAsInt()) && (maxAge.isEmpty() || age <= maxAge.getAsInt());
    }
}
