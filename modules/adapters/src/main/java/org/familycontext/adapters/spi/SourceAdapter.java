package org.familycontext.adapters.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One reading of one extract, row by row; closed when the load is over. */
public interface SourceAdapter extends AutoCloseable {

    /** The extract's column names, in order. */
    List<String> columns();

    /**
     * The next row, or empty at the end.
     *
     * @throws ExtractRefused when the extract turns out to be broken as a whole (e.g. not UTF-8)
     */
    Optional<ExtractRow> next();

    /** Where the rows come from, for reports (a file name, or a query's connection). */
    String describe();

    /** When the extract was written, if the adapter can tell (a file's modification time). */
    default Optional<Instant> writtenAt() {
        return Optional.empty();
    }

    @Override
    default void close() {
    }
}
