package org.familycontext.tenancy.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.RegionSettings;
import org.familycontext.tenancy.configuration.BrandingFiles;
import org.familycontext.tenancy.configuration.CouncilFileReader;

/**
 * Brings back a council's last valid configuration from its history when the server meets a
 * refused file it has no earlier version of (after a restart). The stored file is checked again
 * with today's schema; if it no longer passes, nothing is restored.
 */
final class LastValidRestorer {

    private static final Logger LOG = Logger.getLogger(LastValidRestorer.class.getName());

    private final ConfigurationHistory history;
    private final CouncilFileReader reader;

    LastValidRestorer(ConfigurationHistory history, CouncilFileReader reader) {
        this.history = history;
        this.reader = reader;
    }

    Optional<Council> restore(CouncilId council, RegionSettings region, List<ConfigurationChange> changes) {
        Optional<StoredConfiguration> stored;
        try {
            stored = history.lastValid(council);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the configuration history of council {0}: {1}",
                    new Object[] {council, e.toString()});
            return Optional.empty();
        }
        Optional<Council> restored = stored.flatMap(s -> reader.read(s.file(),
                new BrandingFiles(Map.of(s.logo().name(), s.logo())), region).accepted());
        restored.ifPresent(c -> changes.add(new ConfigurationChange.CouncilRestored(c)));
        return restored;
    }
}
