package org.familycontext.kernel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Small JDBC helpers for modules' stores: statements with parameters, rows mapped by a function. */
public final class Jdbc {

    /** Maps the current row of a result set. */
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource database;

    public Jdbc(DataSource database) {
        this.database = database;
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(mapper.map(rows));
            }
            return found;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** Runs the statement once per parameter row, in batches, on one connection. */
    public int[] batch(String sql, List<Object[]> rows) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i] instanceof Instant instant ? Timestamp.from(instant) : row[i]);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i]);
        }
        return statement;
    }

    private static IllegalStateException failure(String sql, SQLException e) {
        String statement = sql.length() > 60 ? sql.substring(0, 60) + "..." : sql;
        return new IllegalStateException("database statement failed (SQL state " + e.getSQLState() + "): " + statement, e);
    }
}
