package org.familycontext.tenancy.configuration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.Council;

/**
 * What reading one council file gave: the council, or the problems that refused it.
 *
 * @param file     the file's name
 * @param council  the council the file is for, when its name is a council id
 * @param accepted the configuration, when the file is valid
 * @param problems why the file was refused (empty when accepted)
 */
public record CouncilFileOutcome(String file, Optional<CouncilId> council, Optional<Council> accepted,
                                 List<ConfigurationProblem> problems) {

    public CouncilFileOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(accepted, "accepted");
        problems = List.copyOf(problems);
        if (accepted.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("an outcome is either accepted or has problems");
        }
    }

    static CouncilFileOutcome accepted(String file, Council council) {
        return new CouncilFileOutcome(file, Optional.of(council.id()), Optional.of(council), List.of());
    }

    static CouncilFileOutcome refused(String file, Optional<CouncilId> council, List<ConfigurationProblem> problems) {
        return new CouncilFileOutcome(file, council, Optional.empty(), problems);
    }

    public boolean isAccepted() {
        return accepted.isPresent();
    }
}
