package org.familycontext.tenancy.registry;

import java.util.List;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.Council;

/**
 * What the registry holds for one council file.
 *
 * @param file         the file's name
 * @param inputsDigest a digest of everything the outcome depends on (file, branding, region)
 * @param council      the council the file is for, when its name is a council id
 * @param inForce      the configuration in force: this file's, or the last valid one when refused
 * @param problems     why the current file was refused (empty when it is the one in force)
 */
record CouncilFileState(String file, String inputsDigest, Optional<CouncilId> council, Optional<Council> inForce,
                        List<ConfigurationProblem> problems) {

    CouncilFileState {
        problems = List.copyOf(problems);
    }

    boolean refused() {
        return !problems.isEmpty();
    }
}
