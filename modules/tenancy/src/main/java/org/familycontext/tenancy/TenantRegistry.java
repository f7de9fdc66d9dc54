package org.familycontext.tenancy;

import java.util.List;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;

/**
 * The councils in force now. A council is present while its file is in {@code tenant-config/} and
 * it has had a valid configuration; when its file turns invalid, its last valid configuration stays
 * in force and the problems are reported in {@link #status()}.
 */
public interface TenantRegistry {

    /** The council's configuration in force, or empty when the council is unknown or switched off. */
    Optional<Council> council(CouncilId id);

    /** Every council in force, ordered by id. */
    List<Council> councils();

    /** Region-wide settings in force. */
    RegionSettings region();

    /** What the last scan of tenant configuration found, for health checks and operators. */
    TenantConfigurationStatus status();
}
