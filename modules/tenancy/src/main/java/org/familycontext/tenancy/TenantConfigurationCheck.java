package org.familycontext.tenancy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.registry.ConfigurationHistory;
import org.familycontext.tenancy.registry.LiveTenantRegistry;
import org.familycontext.tenancy.registry.StoredConfiguration;

/**
 * Checks a tenant configuration directory offline ({@code ./fc tenants validate}) with exactly the
 * reading and rules the server applies, so that it reports the same problems in the same words.
 */
public final class TenantConfigurationCheck {

    private TenantConfigurationCheck() {
    }

    /** What the server would make of the directory if it started now (without any stored history). */
    public static TenantConfigurationStatus check(Path directory, Clock clock) {
        return read(directory, clock).status();
    }

    /** The councils the directory puts in service, as the server would read them. */
    public static List<Council> councils(Path directory, Clock clock) {
        return read(directory, clock).councils();
    }

    private static TenantRegistry read(Path directory, Clock clock) {
        LiveTenantRegistry registry = new LiveTenantRegistry(directory, NO_HISTORY, Runnable::run, clock, council -> { });
        registry.scan();
        return registry;
    }

    private static final ConfigurationHistory NO_HISTORY = new ConfigurationHistory() {
        @Override
        public Optional<StoredConfiguration> lastValid(CouncilId council) {
            return Optional.empty();
        }

        @Override
        public void accepted(Council council, StoredConfiguration source, Instant at) {
        }

        @Override
        public void refused(CouncilId council, String file, List<ConfigurationProblem> problems, Instant at) {
        }

        @Override
        public void removed(CouncilId council, String file, Instant at) {
        }
    };
}
