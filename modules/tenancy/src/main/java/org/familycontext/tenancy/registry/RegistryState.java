package org.familycontext.tenancy.registry;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.familycontext.tenancy.Council;

/**
 * Everything the registry knows after a scan; immutable, replaced whole after each scan so that
 * readers never see half a reload.
 *
 * @param checkedAt        when the directory was last read (empty before the first scan)
 * @param region           the region settings in force
 * @param files            council files by name
 * @param directoryProblem set when the directory itself could not be read at the last scan
 */
record RegistryState(Optional<Instant> checkedAt, RegionState region, Map<String, CouncilFileState> files,
                     Optional<String> directoryProblem) {

    static final RegistryState EMPTY = new RegistryState(Optional.empty(), RegionState.BUILT_IN, Map.of(), Optional.empty());

    RegistryState {
        files = Map.copyOf(files);
    }

    boolean loaded() {
        return checkedAt.isPresent();
    }

    /** The councils in force, by id. */
    List<Council> councils() {
        return files.values().stream()
                .flatMap(f -> f.inForce().stream())
                .sorted(Comparator.comparing(c -> c.id().value()))
                .toList();
    }

    /** The same state, noting that the directory could not be read at {@code at}. */
    RegistryState withDirectoryProblem(Instant at, String problem) {
        return new RegistryState(Optional.of(at), region, files, Optional.of(problem));
    }
}
