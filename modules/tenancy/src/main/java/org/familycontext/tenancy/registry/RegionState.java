package org.familycontext.tenancy.registry;

import java.util.List;
import java.util.Optional;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.RegionSettings;
import org.familycontext.tenancy.configuration.RegionFileReader;

/**
 * The region settings in force and what the last region file held.
 *
 * @param seenDigest     digest of the region file last read (empty when there is none)
 * @param inForceDigest  digest of the file whose settings are in force ({@code built-in} for none)
 * @param settings       the settings in force
 * @param problems       why the last region file read was refused
 */
record RegionState(Optional<String> seenDigest, String inForceDigest, RegionSettings settings,
                   List<ConfigurationProblem> problems) {

    static final RegionState BUILT_IN = new RegionState(Optional.empty(), "built-in", RegionFileReader.BUILT_IN, List.of());

    RegionState {
        problems = List.copyOf(problems);
    }
}
