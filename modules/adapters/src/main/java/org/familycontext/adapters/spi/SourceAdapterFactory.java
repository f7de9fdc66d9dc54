package org.familycontext.adapters.spi;

import java.util.Map;

/**
 * Makes adapters of one kind, e.g. {@code csv-file}. Implementations are CDI beans; a council's
 * source names the factory by {@link #id()} and gives it settings from tenant configuration.
 */
public interface SourceAdapterFactory {

    /** The id tenant configuration uses, e.g. {@code csv-file}. */
    String id();

    /** The settings this adapter takes, for people writing tenant configuration. */
    String configurationDescription();

    /**
     * Opens an extract for reading.
     *
     * @param context  the council's context (its drop folder, how to resolve secret references)
     * @param settings the source's adapter settings from tenant configuration
     * @throws ExtractRefused when the extract cannot be read at all (missing, unreadable, empty)
     */
    SourceAdapter open(AdapterContext context, Map<String, Object> settings);
}
