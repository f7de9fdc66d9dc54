package org.familycontext.tenancy.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.TenantConfigurationStatus;
import org.familycontext.tenancy.TenantConfigurationStatus.RefusedFile;
import org.familycontext.tenancy.configuration.RegionFileReader;

/** Summarises a registry state for health checks and operators. */
final class StatusReport {

    private StatusReport() {
    }

    static TenantConfigurationStatus of(RegistryState state, Path directory) {
        List<RefusedFile> refused = new ArrayList<>();
        state.directoryProblem().ifPresent(problem -> refused.add(new RefusedFile(directory.toString(),
                List.of(ConfigurationProblem.ofFile(directory.toString(), problem, "a readable directory of council files")),
                Optional.empty())));
        if (!state.region().problems().isEmpty()) {
            refused.add(new RefusedFile(RegionFileReader.FILE_NAME, state.region().problems(), Optional.empty()));
        }
        state.files().values().stream()
                .filter(CouncilFileState::refused)
                .sorted(Comparator.comparing(CouncilFileState::file))
                .forEach(f -> refused.add(new RefusedFile(f.file(), f.problems(), f.inForce().map(Council::version))));
        return new TenantConfigurationStatus(state.loaded(), state.checkedAt(), directory.toString(),
                state.councils().stream().map(Council::id).toList(), refused);
    }
}
