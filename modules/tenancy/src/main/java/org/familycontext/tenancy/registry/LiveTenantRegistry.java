package org.familycontext.tenancy.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.RegionSettings;
import org.familycontext.tenancy.TenantConfigurationStatus;
import org.familycontext.tenancy.TenantRegistry;
import org.familycontext.tenancy.configuration.CouncilFileReader;
import org.familycontext.tenancy.configuration.RegionFileReader;
import org.familycontext.tenancy.configuration.SchemaCheck;

/**
 * The registry in force: each {@link #scan()} reads {@code tenant-config/} and swaps in the next
 * state whole. Reads never block and never see half a reload. If the directory cannot be read,
 * everything stays as it was and the problem is reported.
 */
public final class LiveTenantRegistry implements TenantRegistry {

    private static final Logger LOG = Logger.getLogger(LiveTenantRegistry.class.getName());

    private final ConfigurationDirectory directory;
    private final RegistryReload reload;
    private final ChangeRecorder recorder;
    private final Clock clock;
    private final Consumer<CouncilId> switchedOff;
    private volatile RegistryState state = RegistryState.EMPTY;

    /**
     * A registry of the councils configured in {@code directory}.
     *
     * @param directory the tenant configuration directory
     * @param history   where each council's configuration history is kept
     * @param recording runs the (slow, fallible) history recording away from the scans
     * @param clock     the time of scans and changes
     * @param switchedOff told of each council switched off (its file removed), after the change
     */
    public LiveTenantRegistry(Path directory, ConfigurationHistory history, Executor recording, Clock clock,
                              Consumer<CouncilId> switchedOff) {
        CouncilFileReader councilReader = new CouncilFileReader(SchemaCheck.forCouncils());
        this.directory = new ConfigurationDirectory(directory);
        this.reload = new RegistryReload(councilReader, new RegionFileReader(SchemaCheck.forRegion()),
                new LastValidRestorer(history, councilReader));
        this.recorder = new ChangeRecorder(history, recording);
        this.clock = clock;
        this.switchedOff = switchedOff;
    }

    /** Reads the directory once and applies what changed. Safe to call from any thread. */
    public synchronized void scan() {
        Instant now = clock.instant();
        DirectorySnapshot snapshot;
        try {
            snapshot = directory.read();
        } catch (IOException e) {
            if (state.directoryProblem().isEmpty()) {
                LOG.log(Level.SEVERE, "Tenant configuration cannot be read; the configuration in force stays: {0}",
                        e.getMessage());
            }
            state = state.withDirectoryProblem(now, e.getMessage());
            return;
        }
        RegistryReload.Result result = reload.apply(state, snapshot, now);
        state = result.state();
        recorder.record(result.changes(), now);
        result.changes().stream().filter(ConfigurationChange.CouncilRemoved.class::isInstance)
                .map(c -> ((ConfigurationChange.CouncilRemoved) c).council()).forEach(switchedOff);
    }

    @Override
    public Optional<Council> council(CouncilId id) {
        CouncilFileState file = state.files().get(id.value() + CouncilFileReader.EXTENSION);
        return file == null ? Optional.empty() : file.inForce();
    }

    @Override
    public List<Council> councils() {
        return state.councils();
    }

    @Override
    public RegionSettings region() {
        return state.region().settings();
    }

    @Override
    public TenantConfigurationStatus status() {
        return StatusReport.of(state, directory.path());
    }

    /** How many history records wait for the database. */
    public int changesWaitingForHistory() {
        return recorder.waiting();
    }
}
