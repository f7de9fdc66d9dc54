package org.familycontext.adapters.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One COPY into a staging table, as the loader role, in COPY's binary format, streamed: rows go to
 * PostgreSQL as they are read, and either the whole COPY commits or none of it does.
 */
final class StagingCopy implements AutoCloseable {

    private final Connection connection;
    private final PGCopyOutputStream stream;
    private long rows;
    private boolean finished;

    private StagingCopy(Connection connection, PGCopyOutputStream stream) {
        this.connection = connection;
        this.stream = stream;
    }

    /** Starts {@code COPY table (columns) FROM STDIN (FORMAT binary)} on a new loader connection. */
    static StagingCopy into(DataSource loader, String table, String columns) {
        try {
            Connection connection = loader.getConnection();
            try {
                connection.setAutoCommit(true);
                CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)");
                PGCopyOutputStream stream = new PGCopyOutputStream(copy, 1 << 16);
                stream.write(CopyRow.HEADER);
                return new StagingCopy(connection, stream);
            } catch (SQLException | IOException e) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not start staging into " + table + " (SQL state " + e.getSQLState() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start staging into " + table, e);
        }
    }

    void write(CopyRow row) {
        try {
            stream.write(row.bytes(), 0, row.length());
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("staging failed after " + rows + " rows", e);
        }
    }

    /** Ends the COPY: the rows are committed. Returns how many PostgreSQL took. */
    long finish() {
        try {
            stream.write(CopyRow.TRAILER);
            finished = true;
            return stream.endCopy();
        } catch (IOException e) {
            throw new UncheckedIOException("staging could not be completed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("staging could not be completed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** Without {@link #finish()}, the COPY is cancelled: nothing is staged. */
    @Override
    public void close() {
        try (connection) {
            if (!finished && stream.isActive()) {
                stream.cancelCopy();
            }
        } catch (SQLException e) {
            // the connection is being closed; an unfinished COPY dies with it
        }
    }
}
