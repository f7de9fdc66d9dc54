package org.familycontext.adapters.load;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.familycontext.adapters.spi.AdapterContext;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.SourceAdapter;
import org.familycontext.adapters.spi.SourceAdapterFactory;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.SecretReference;
import org.familycontext.tenancy.SourceSettings;

/**
 * The adapter factories the server has (built in, and any other CDI bean implementing the SPI), and
 * the context each council's adapters get: the council's own drop folder, and secret references
 * resolved when the extract is opened, so a rotated password needs no restart.
 */
public final class AdapterRegistry {

    private final Map<String, SourceAdapterFactory> factories = new TreeMap<>();
    private final Path dropRoot;
    private final Function<String, String> environment;

    /**
     * @param factories   the factories found
     * @param dropRoot    the folder holding one drop folder per council, named by its id
     * @param environment the process environment, for secret references
     */
    public AdapterRegistry(Iterable<SourceAdapterFactory> factories, Path dropRoot, Function<String, String> environment) {
        for (SourceAdapterFactory factory : factories) {
            SourceAdapterFactory earlier = this.factories.putIfAbsent(factory.id(), factory);
            if (earlier != null) {
                throw new IllegalStateException("two source adapters have the id " + factory.id() + ": "
                        + earlier.getClass().getName() + " and " + factory.getClass().getName());
            }
        }
        this.dropRoot = dropRoot.toAbsolutePath().normalize();
        this.environment = environment;
    }

    /** The adapter ids and what each takes, for operators. */
    public Map<String, String> described() {
        Map<String, String> described = new TreeMap<>();
        factories.forEach((id, factory) -> described.put(id, factory.configurationDescription()));
        return described;
    }

    /** The council's drop folder. */
    public Path dropFolder(CouncilId council) {
        return dropRoot.resolve(council.value());
    }

    /**
     * Opens the source's extract.
     *
     * @throws ExtractRefused when no adapter has the source's id, a secret is missing, or the extract cannot be read
     */
    public SourceAdapter open(CouncilId council, SourceSettings source) {
        SourceAdapterFactory factory = factories.get(source.adapter());
        if (factory == null) {
            throw new ExtractRefused("no source adapter is called " + source.adapter() + "; the server has "
                    + String.join(", ", factories.keySet()));
        }
        return factory.open(new AdapterContext(council, dropFolder(council), this::resolve), source.settings());
    }

    private String resolve(Object setting) {
        if (setting instanceof SecretReference reference) {
            try {
                return reference.read(environment).orElseThrow(() -> new ExtractRefused("the setting " + reference
                        + " is not set on the server"));
            } catch (UncheckedIOException e) {
                throw new ExtractRefused("the setting " + reference + " cannot be read", e);
            }
        }
        return setting == null ? null : setting.toString();
    }
}
