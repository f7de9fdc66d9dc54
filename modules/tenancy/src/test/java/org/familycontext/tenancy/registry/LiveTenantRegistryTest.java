package org.familycontext.tenancy.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.Dataset;
import org.familycontext.tenancy.TenantConfigurationStatus;
import org.familycontext.tenancy.TenantConfigurationStatus.RefusedFile;
import org.familycontext.tenancy.configuration.FileInput;
import org.familycontext.kernel.testing.MutableClock;
import org.familycontext.tenancy.testing.ShippedConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveTenantRegistryTest {

    private static final CouncilId LEEDS = new CouncilId("leeds");
    private static final CouncilId WIGAN = new CouncilId("wigan");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));

    @TempDir
    Path directory;
    private final InMemoryConfigurationHistory history = new InMemoryConfigurationHistory();
    private final List<CouncilId> switchedOff = new ArrayList<>();
    private LiveTenantRegistry registry;

    @BeforeEach
    void loadTheShippedRegion() {
        ShippedConfiguration.copyTo(directory);
        registry = new LiveTenantRegistry(directory, history, Runnable::run, clock, switchedOff::add);
        registry.scan();
    }

    @Test
    void loadsEveryCouncilFileAndTheRegion() {
        assertThat(registry.councils()).extracting(c -> c.id().value()).containsExactly("leeds", "manchester", "stockport");
        assertThat(registry.region().name()).isEqualTo("North West and Yorkshire region (demo)");
        assertThat(registry.council(LEEDS).orElseThrow().ageRule(Dataset.POLICE).orElseThrow().admits(17)).isFalse();
        assertThat(registry.status().loaded()).isTrue();
        assertThat(registry.status().refusedFiles()).isEmpty();
        assertThat(history.events).hasSize(3).allMatch(e -> e.startsWith("ACCEPTED"));
    }

    @Test
    void aNewFileBringsItsCouncilIntoService() throws IOException {
        writeWigan(wigan());

        registry.scan();

        assertThat(registry.council(WIGAN)).map(Council::displayName).contains("Wigan Council");
    }

    @Test
    void anInvalidChangeKeepsTheLastValidConfigurationAndSaysWhy() throws IOException {
        String before = registry.council(LEEDS).orElseThrow().version();
        write("leeds.yaml", leeds().replace("Leeds City Council", "Leeds").replace("\"#00703c\"", "\"#00703\""));

        registry.scan();

        assertThat(registry.council(LEEDS)).map(Council::displayName).contains("Leeds City Council");
        RefusedFile refused = registry.status().refusedFiles().get(0);
        assertThat(refused.file()).isEqualTo("leeds.yaml");
        assertThat(refused.previousInForce()).contains(before);
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("branding.colour"));
        assertThat(history.events).last().isEqualTo("REFUSED leeds 1");
    }

    @Test
    void anUnchangedBrokenFileIsNotReportedAgainAtEveryScan() throws IOException {
        write("leeds.yaml", "id: [");
        registry.scan();
        int events = history.events.size();

        registry.scan();
        registry.scan();

        assertThat(history.events).hasSize(events);
    }

    @Test
    void aCorrectedFileTakesEffect() throws IOException {
        write("leeds.yaml", "broken: [");
        registry.scan();
        write("leeds.yaml", leeds().replace("Leeds City Council", "Leeds City Council (new)"));

        registry.scan();

        assertThat(registry.council(LEEDS)).map(Council::displayName).contains("Leeds City Council (new)");
        assertThat(registry.status().refusedFiles()).isEmpty();
    }

    @Test
    void removingAFileSwitchesTheCouncilOff() throws IOException {
        Files.delete(directory.resolve("leeds.yaml"));

        registry.scan();

        assertThat(registry.council(LEEDS)).isEmpty();
        assertThat(registry.councils()).hasSize(2);
        assertThat(history.events).last().isEqualTo("REMOVED leeds");
        assertThat(history.lastValid).doesNotContainKey(LEEDS);
        assertThat(switchedOff).containsExactly(LEEDS);
    }

    @Test
    void aBrokenFileAfterARestartServesTheLastValidConfigurationFromHistory() throws IOException {
        String valid = registry.council(LEEDS).orElseThrow().version();
        write("leeds.yaml", "journey: nowhere\n");

        LiveTenantRegistry restarted = new LiveTenantRegistry(directory, history, Runnable::run, clock, switchedOff::add);
        restarted.scan();

        assertThat(restarted.council(LEEDS)).map(Council::version).contains(valid);
        assertThat(restarted.status().refusedFiles()).singleElement()
                .satisfies(r -> assertThat(r.previousInForce()).contains(valid));
    }

    @Test
    void aRemovedCouncilDoesNotComeBackWithABrokenFile() throws IOException {
        Files.delete(directory.resolve("leeds.yaml"));
        registry.scan();
        history.lastValid.put(LEEDS, new StoredConfiguration(
                FileInput.ofText("leeds.yaml", leeds()), FileInput.of("leeds.svg", ShippedConfiguration.bytes("branding/leeds.svg"))));

        write("leeds.yaml", "journey: nowhere\n");
        registry.scan();

        assertThat(registry.council(LEEDS)).as("restoring is for restarts only").isEmpty();
    }

    @Test
    void twoCouncilsCannotShareOneClientAtOneIssuer() throws IOException {
        writeWigan(wigan().replace("realms/wigan", "realms/leeds"));

        registry.scan();

        assertThat(registry.council(WIGAN)).isEmpty();
        assertThat(registry.council(LEEDS)).isPresent();
        assertThat(registry.status().refusedFiles()).singleElement().satisfies(r -> assertThat(r.problems().get(0).problem())
                .contains("are already council leeds's"));
    }

    @Test
    void aBrokenNewCouncilIsNotInServiceAndIsListed() throws IOException {
        writeWigan(wigan().replace("journey: search-any", "journey: any"));

        registry.scan();

        assertThat(registry.council(WIGAN)).isEmpty();
        assertThat(registry.status().refusedFiles()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("wigan.yaml");
            assertThat(r.previousInForce()).isEmpty();
        });
    }

    @Test
    void changingALogoChangesTheVersion() throws IOException {
        CouncilId stockport = new CouncilId("stockport");
        String leedsBefore = registry.council(LEEDS).orElseThrow().version();
        String stockportBefore = registry.council(stockport).orElseThrow().version();
        write("branding/leeds.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>");

        registry.scan();

        assertThat(registry.council(LEEDS).orElseThrow().version()).isNotEqualTo(leedsBefore);
        assertThat(registry.council(stockport).orElseThrow().version()).isEqualTo(stockportBefore);
        assertThat(history.events).filteredOn(e -> e.startsWith("ACCEPTED stockport")).hasSize(1);
    }

    @Test
    void regionDefaultsApplyToEveryCouncilWhenTheyChange() throws IOException {
        write("region.yaml", "name: Test region\ndefaults:\n  ageRules:\n    police: { minAge: 16 }\n");

        registry.scan();

        assertThat(registry.region().name()).isEqualTo("Test region");
        assertThat(registry.council(LEEDS).orElseThrow().ageRule(Dataset.POLICE).orElseThrow().admits(16)).isTrue();
        assertThat(registry.council(LEEDS).orElseThrow().ageRule(Dataset.HOUSING)).isEmpty();
    }

    @Test
    void anInvalidRegionFileKeepsThePreviousRegionSettings() throws IOException {
        write("region.yaml", "name: X\nunknown: 1\n");

        registry.scan();

        assertThat(registry.region().name()).isEqualTo("North West and Yorkshire region (demo)");
        assertThat(registry.status().refusedFiles()).singleElement()
                .satisfies(r -> assertThat(r.file()).isEqualTo("region.yaml"));
    }

    @Test
    void withoutAValidRegionFileThePilotedAgeRulesApply() throws IOException {
        Files.delete(directory.resolve("region.yaml"));
        write("region.yaml", "name: [");

        LiveTenantRegistry restarted = new LiveTenantRegistry(directory, history, Runnable::run, clock, switchedOff::add);
        restarted.scan();

        Council leeds = restarted.council(LEEDS).orElseThrow();
        assertThat(leeds.ageRule(Dataset.POLICE).orElseThrow().admits(17)).isFalse();
        assertThat(leeds.ageRule(Dataset.SCHOOL).orElseThrow().admits(21)).isFalse();
        assertThat(restarted.status().refusedFiles()).extracting(RefusedFile::file).containsExactly("region.yaml");
    }

    @Test
    void aMissingDirectoryKeepsEveryCouncilAndIsReported() throws IOException {
        Path moved = directory.resolveSibling(directory.getFileName() + "-moved");
        Files.move(directory, moved);
        try {
            registry.scan();

            assertThat(registry.councils()).hasSize(3);
            TenantConfigurationStatus status = registry.status();
            assertThat(status.refusedFiles()).singleElement()
                    .satisfies(r -> assertThat(r.problems().get(0).problem()).contains("does not exist"));
        } finally {
            Files.move(moved, directory);
        }
    }

    @Test
    void historyWaitsWhileTheDatabaseIsDownAndCatchesUpInOrder() throws IOException {
        history.unavailable = true;
        writeWigan(wigan());
        registry.scan();
        assertThat(registry.council(WIGAN)).as("configuration works without the database").isPresent();
        assertThat(registry.changesWaitingForHistory()).isEqualTo(1);

        history.unavailable = false;
        registry.scan();
        assertThat(registry.changesWaitingForHistory()).as("not retried at once").isEqualTo(1);

        clock.advance(ChangeRecorder.RETRY_AFTER);
        registry.scan();

        assertThat(registry.changesWaitingForHistory()).isZero();
        assertThat(history.events).last().asString().startsWith("ACCEPTED wigan");
    }

    @Test
    void editorBackupsAndHiddenFilesAreIgnored() throws IOException {
        write(".leeds.yaml.swp", "garbage");
        write("leeds.yaml~", "garbage");
        write("notes.txt", "garbage");

        registry.scan();

        assertThat(registry.status().refusedFiles()).isEmpty();
    }

    private String leeds() {
        return ShippedConfiguration.text("leeds.yaml");
    }

    private String wigan() {
        return leeds().replace("id: leeds", "id: wigan").replace("Leeds City Council", "Wigan Council")
                .replace("journey: child-first", "journey: search-any").replace("realms/leeds", "realms/wigan");
    }

    private void writeWigan(String text) throws IOException {
        write("wigan.yaml", text);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(directory.resolve(file), text);
    }
}
