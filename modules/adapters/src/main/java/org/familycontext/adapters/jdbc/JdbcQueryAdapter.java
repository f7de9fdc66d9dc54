package org.familycontext.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.ExtractRow;
import org.familycontext.adapters.spi.SourceAdapter;

/** Streams a query's rows (fetch size 5,000, so a large extract is never held in memory). */
final class JdbcQueryAdapter implements SourceAdapter {

    private static final int FETCH_SIZE = 5000;

    private final Connection connection;
    private final Statement statement;
    private final ResultSet rows;
    private final List<String> columns;
    private long number;

    private JdbcQueryAdapter(Connection connection, Statement statement, ResultSet rows, List<String> columns) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.columns = columns;
    }

    static JdbcQueryAdapter open(Connection connection, String query) throws SQLException {
        try {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            ResultSet rows = statement.executeQuery(query);
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            return new JdbcQueryAdapter(connection, statement, rows, List.copyOf(columns));
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Optional<ExtractRow> next() {
        try {
            if (!rows.next()) {
                return Optional.empty();
            }
            String[] values = new String[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.getString(i + 1);
            }
            return Optional.of(new ExtractRow(++number, values));
        } catch (SQLException e) {
            throw new ExtractRefused("the warehouse query failed after row " + number + " (SQL state " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public String describe() {
        return "a warehouse query";
    }

    @Override
    public void close() {
        try (connection; statement; rows) {
            connection.rollback();
        } catch (SQLException e) {
            // the read-only transaction ends with the connection either way
        }
    }
}
