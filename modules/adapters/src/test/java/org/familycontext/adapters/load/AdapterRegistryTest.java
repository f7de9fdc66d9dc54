package org.familycontext.adapters.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.familycontext.adapters.csv.CsvFileAdapterFactory;
import org.familycontext.adapters.spi.AdapterContext;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.ExtractRow;
import org.familycontext.adapters.spi.SourceAdapter;
import org.familycontext.adapters.spi.SourceAdapterFactory;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Dataset;
import org.familycontext.tenancy.SecretReference;
import org.familycontext.tenancy.SourceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdapterRegistryTest {

    private static final CouncilId LEEDS = new CouncilId("leeds");

    @TempDir
    Path root;

    private final AtomicReference<AdapterContext> seen = new AtomicReference<>();
    private final AtomicReference<String> password = new AtomicReference<>();

    private final SourceAdapterFactory recording = new SourceAdapterFactory() {
        @Override
        public String id() {
            return "recording";
        }

        @Override
        public String configurationDescription() {
            return "records what it is given";
        }

        @Override
        public SourceAdapter open(AdapterContext context, Map<String, Object> settings) {
            seen.set(context);
            password.set(context.secrets().apply(settings.get("password")));
            return new SourceAdapter() {
                @Override
                public List<String> columns() {
                    return List.of();
                }

                @Override
                public Optional<ExtractRow> next() {
                    return Optional.empty();
                }

                @Override
                public String describe() {
                    return "nothing";
                }
            };
        }
    };

    @Test
    void givesEachCouncilItsOwnDropFolderAndResolvesSecretsWhenOpening() {
        AdapterRegistry registry = new AdapterRegistry(List.of(recording, new CsvFileAdapterFactory()), root,
                Map.of("LEEDS_PW", " s3cret\n")::get);

        registry.open(LEEDS, source("recording", Map.of("password", new SecretReference(SecretReference.Source.ENVIRONMENT,
                "LEEDS_PW")))).close();

        assertThat(seen.get().dropFolder()).isEqualTo(root.toAbsolutePath().resolve("leeds"));
        assertThat(password.get()).isEqualTo("s3cret");
        assertThat(registry.described()).containsOnlyKeys("csv-file", "recording");
    }

    @Test
    void readsSecretFilesAndRefusesMissingSecretsNamingTheReference() throws Exception {
        Path secret = Files.writeString(root.resolve("pw"), "from-file\n");
        AdapterRegistry registry = new AdapterRegistry(List.of(recording), root, name -> null);

        registry.open(LEEDS, source("recording", Map.of("password", new SecretReference(SecretReference.Source.FILE,
                secret.toString())))).close();
        assertThat(password.get()).isEqualTo("from-file");

        assertThatThrownBy(() -> registry.open(LEEDS, source("recording", Map.of("password",
                new SecretReference(SecretReference.Source.ENVIRONMENT, "NOT_SET")))))
                .isInstanceOf(ExtractRefused.class).hasMessage("the setting env:NOT_SET is not set on the server");
    }

    @Test
    void refusesAnUnknownAdapterNamingTheOnesItHas() {
        AdapterRegistry registry = new AdapterRegistry(List.of(new CsvFileAdapterFactory()), root, name -> null);

        assertThatThrownBy(() -> registry.open(LEEDS, source("sftp", Map.of())))
                .isInstanceOf(ExtractRefused.class).hasMessage("no source adapter is called sftp; the server has csv-file");
    }

    @Test
    void refusesTwoAdaptersWithOneId() {
        assertThatThrownBy(() -> new AdapterRegistry(List.of(new CsvFileAdapterFactory(), new CsvFileAdapterFactory()), root,
                name -> null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("two source adapters have the id csv-file");
    }

    private static SourceSettings source(String adapter, Map<String, Object> settings) {
        return new SourceSettings("s", Dataset.HOUSING, SourceSettings.Kind.PEOPLE, adapter, settings, "yyyy-MM-dd",
                Map.of("recordId", "ID"), Map.of(), SourceSettings.Schedule.NIGHTLY, SourceSettings.Coverage.UNSTATED);
    }
}
