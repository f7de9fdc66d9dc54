package org.familycontext.tenancy;

import java.util.Map;
import java.util.Objects;

/**
 * Region-wide settings from {@code tenant-config/region.yaml}.
 *
 * @param name            the region's name
 * @param defaultAgeRules the age rules a council inherits for datasets it does not set itself
 */
public record RegionSettings(String name, Map<Dataset, AgeRange> defaultAgeRules) {

    public RegionSettings {
        Objects.requireNonNull(name, "name");
        defaultAgeRules = Map.copyOf(defaultAgeRules);
    }
}
