package org.familycontext.kernel;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Council-scoped work outside the application server (tools, benchmarks, database tests): one JDBC
 * transaction per call, with the council set for it as the server does. Code inside the work gets
 * that transaction's connection from {@link #dataSource()}, just as it gets the shared connection
 * from the server's data source inside a JTA transaction.
 */
public final class StandaloneCouncilScope implements CouncilScope {

    private final DataSource database;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<CouncilId> council = new ThreadLocal<>();

    public StandaloneCouncilScope(DataSource database) {
        this.database = database;
    }

    @Override
    public <T> T call(CouncilId target, Supplier<T> work) {
        if (current.get() != null) {
            if (!target.equals(council.get())) {
                throw new IllegalStateException("this transaction already acts for council " + council.get());
            }
            return work.get();
        }
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.council', ?, true)")) {
                set.setString(1, target.value());
                set.execute();
            }
            current.set(connection);
            council.set(target);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                current.remove();
                council.remove();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("council transaction failed", e);
        }
    }

    /** Connections of the current council transaction (closing them is left to the scope). */
    public DataSource dataSource() {
        return new ScopedDataSource();
    }

    private Connection scoped() {
        Connection connection = current.get();
        if (connection == null) {
            throw new IllegalStateException("no council transaction: use the scope around database work");
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args));
    }

    private final class ScopedDataSource implements DataSource {

        @Override
        public Connection getConnection() {
            return scoped();
        }

        @Override
        public Connection getConnection(String username, String password) {
            return scoped();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
