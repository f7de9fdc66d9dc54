package org.familycontext.adapters.jdbc;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.familycontext.adapters.spi.AdapterContext;
import org.familycontext.adapters.spi.ExtractRefused;
import org.familycontext.adapters.spi.SourceAdapter;
import org.familycontext.adapters.spi.SourceAdapterFactory;

/**
 * {@code jdbc-query}: runs {@code query} (a SELECT or WITH) on the warehouse at {@code url} as
 * {@code user}/{@code password}, in a read-only transaction, streaming its rows.
 */
@Dependent
public class JdbcQueryAdapterFactory implements SourceAdapterFactory {

    public static final String ID = "jdbc-query";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String configurationDescription() {
        return "connection: {url, user, password} (each may be a reference such as {env: NAME}); "
                + "query: a SELECT or WITH query returning the extract with named columns. A JDBC driver for the "
                + "warehouse must be on the server's library path (PostgreSQL's is).";
    }

    @Override
    public SourceAdapter open(AdapterContext context, Map<String, Object> settings) {
        String url = context.secrets().apply(settings.get("url"));
        String query = (String) settings.get("query");
        if (url == null || query == null) {
            throw new ExtractRefused("the source needs connection.url and query");
        }
        try {
            Connection connection = DriverManager.getConnection(url, context.secrets().apply(settings.get("user")),
                    context.secrets().apply(settings.get("password")));
            return JdbcQueryAdapter.open(connection, query);
        } catch (SQLException e) {
            throw new ExtractRefused("the warehouse cannot be reached or the query failed (SQL state "
                    + e.getSQLState() + ")", e);
        }
    }
}
