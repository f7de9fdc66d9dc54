package org.familycontext.tenancy.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.configuration.CouncilFileOutcome;
import org.familycontext.tenancy.configuration.CouncilFileReader;
import org.familycontext.tenancy.configuration.FileInput;
import org.familycontext.tenancy.configuration.RegionFileReader;

/**
 * Computes the registry's next state from the previous one and a fresh snapshot of the files.
 * Unchanged inputs are not read again; a refused file keeps the council's previous configuration
 * (or, at the first scan after a start, its last valid one from the history); a vanished file
 * switches its council off, and a file that comes back broken later brings nothing back. Every
 * change is returned so it can be logged and recorded.
 */
final class RegistryReload {

    private final CouncilFileReader councilReader;
    private final RegionFileReader regionReader;
    private final LastValidRestorer restorer;

    RegistryReload(CouncilFileReader councilReader, RegionFileReader regionReader, LastValidRestorer restorer) {
        this.councilReader = councilReader;
        this.regionReader = regionReader;
        this.restorer = restorer;
    }

    /** The next state and the changes that lead to it. */
    record Result(RegistryState state, List<ConfigurationChange> changes) {
    }

    Result apply(RegistryState previous, DirectorySnapshot snapshot, Instant now) {
        List<ConfigurationChange> changes = new ArrayList<>();
        RegionState region = nextRegion(previous.region(), snapshot, changes);
        Map<String, CouncilFileState> files = new HashMap<>();
        Map<String, CouncilId> providers = new HashMap<>();
        previous.files().values().forEach(f -> f.inForce().ifPresent(c -> providers.put(providerKey(c), c.id())));
        ReadContext context = new ReadContext(snapshot, region, !previous.loaded(), providers);
        List<FileInput> inOrder = snapshot.councilFiles().values().stream()
                .sorted(Comparator.comparing(FileInput::name)).toList();
        for (FileInput file : inOrder) {
            String inputs = digest(file.digest(), snapshot.branding().digest(), region.inForceDigest());
            CouncilFileState before = previous.files().get(file.name());
            files.put(file.name(), before != null && before.inputsDigest().equals(inputs)
                    ? before
                    : nextCouncil(file, inputs, before, context, changes));
        }
        snapshot.unreadable().forEach((name, reason) -> files.put(name, unreadable(name, reason,
                previous.files().get(name), changes)));
        previous.files().values().stream()
                .filter(before -> !files.containsKey(before.file()))
                .forEach(before -> before.inForce().ifPresent(council ->
                        changes.add(new ConfigurationChange.CouncilRemoved(council.id(), before.file()))));
        return new Result(new RegistryState(Optional.of(now), region, files, Optional.empty()), changes);
    }

    /**
     * What reading one council file needs besides the file.
     *
     * @param providers which council each (issuer, client) pair belongs to, to keep them unshared
     */
    private record ReadContext(DirectorySnapshot snapshot, RegionState region, boolean startingUp,
                               Map<String, CouncilId> providers) {
    }

    private CouncilFileState nextCouncil(FileInput file, String inputs, CouncilFileState before, ReadContext context,
                                         List<ConfigurationChange> changes) {
        CouncilFileOutcome outcome = unshared(councilReader.read(file, context.snapshot().branding(),
                context.region().settings()), context.providers());
        if (outcome.isAccepted()) {
            Council council = outcome.accepted().orElseThrow();
            if (before == null || !before.inForce().equals(Optional.of(council))) {
                FileInput logo = context.snapshot().branding().file(council.branding().logo().fileName()).orElseThrow();
                changes.add(new ConfigurationChange.CouncilAccepted(council, new StoredConfiguration(file, logo)));
            }
            return new CouncilFileState(file.name(), inputs, outcome.council(), Optional.of(council), List.of());
        }
        Optional<Council> inForce = before != null ? before.inForce()
                : outcome.council().filter(id -> context.startingUp())
                        .flatMap(id -> restorer.restore(id, context.region().settings(), changes));
        if (before == null || !before.problems().equals(outcome.problems())) {
            changes.add(new ConfigurationChange.CouncilRefused(file.name(), outcome.council(), outcome.problems(),
                    inForce.map(Council::version)));
        }
        return new CouncilFileState(file.name(), inputs, outcome.council(), inForce, outcome.problems());
    }

    /**
     * Two councils may not share one client at one issuer: each council's tokens and sign-ins would
     * then be good at the other. The later file is refused.
     */
    private static CouncilFileOutcome unshared(CouncilFileOutcome outcome, Map<String, CouncilId> providers) {
        if (!outcome.isAccepted()) {
            return outcome;
        }
        Council council = outcome.accepted().orElseThrow();
        CouncilId holder = providers.putIfAbsent(providerKey(council), council.id());
        if (holder == null || holder.equals(council.id())) {
            providers.put(providerKey(council), council.id());
            return outcome;
        }
        return new CouncilFileOutcome(outcome.file(), outcome.council(), Optional.empty(), List.of(ConfigurationProblem.ofFile(
                outcome.file(), "identityProvider: the issuer " + council.identityProvider().issuer() + " and client id '"
                        + council.identityProvider().clientId() + "' are already council " + holder + "'s",
                "a client of the council's own at its identity provider (each council its own realm or client)")));
    }

    private static String providerKey(Council council) {
        return council.identityProvider().issuer() + " " + council.identityProvider().clientId();
    }

    private static CouncilFileState unreadable(String name, String reason, CouncilFileState before,
                                               List<ConfigurationChange> changes) {
        List<ConfigurationProblem> problems = List.of(ConfigurationProblem.ofFile(name,
                "the file cannot be read (" + reason + ")", "a file the server's user may read"));
        Optional<Council> inForce = before == null ? Optional.empty() : before.inForce();
        if (before == null || !before.problems().equals(problems)) {
            changes.add(new ConfigurationChange.CouncilRefused(name, CouncilFileReader.councilNamedBy(name), problems,
                    inForce.map(Council::version)));
        }
        return new CouncilFileState(name, "unreadable", CouncilFileReader.councilNamedBy(name), inForce, problems);
    }

    private RegionState nextRegion(RegionState before, DirectorySnapshot snapshot, List<ConfigurationChange> changes) {
        if (snapshot.region().isEmpty()) {
            return RegionState.BUILT_IN;
        }
        FileInput file = snapshot.region().get();
        if (before.seenDigest().equals(Optional.of(file.digest()))) {
            return before;
        }
        RegionFileReader.Outcome outcome = regionReader.read(file, before.settings());
        if (outcome.isAccepted()) {
            changes.add(new ConfigurationChange.RegionAccepted(outcome.settings().name()));
            return new RegionState(Optional.of(file.digest()), file.digest(), outcome.settings(), List.of());
        }
        changes.add(new ConfigurationChange.RegionRefused(outcome.problems()));
        return new RegionState(Optional.of(file.digest()), before.inForceDigest(), before.settings(), outcome.problems());
    }

    private static String digest(String... parts) {
        return FileInput.sha256(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }
}
