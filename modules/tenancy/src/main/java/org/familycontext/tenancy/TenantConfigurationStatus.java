package org.familycontext.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;

/**
 * What the last scan of tenant configuration found.
 *
 * @param loaded       true once the first scan has finished
 * @param checkedAt    when the files were last read
 * @param directory    the directory read, as configured
 * @param councils     the councils in force
 * @param refusedFiles files that were refused, each with its problems
 */
public record TenantConfigurationStatus(boolean loaded, Optional<Instant> checkedAt, String directory,
                                        List<CouncilId> councils,
                                        List<RefusedFile> refusedFiles) {

    public TenantConfigurationStatus {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(directory, "directory");
        councils = List.copyOf(councils);
        refusedFiles = List.copyOf(refusedFiles);
    }

    /**
     * A file that was refused.
     *
     * @param file            its name in {@code tenant-config/}
     * @param problems        what is wrong with it
     * @param previousInForce the version of the council's last valid configuration that stays in
     *                        force, if there is one
     */
    public record RefusedFile(String file, List<ConfigurationProblem> problems, Optional<String> previousInForce) {

        public RefusedFile {
            Objects.requireNonNull(file, "file");
            problems = List.copyOf(problems);
            Objects.requireNonNull(previousInForce, "previousInForce");
        }
    }
}
