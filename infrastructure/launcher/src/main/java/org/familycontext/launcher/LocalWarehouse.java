package org.familycontext.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.familycontext.kernel.CouncilId;
import org.familycontext.synthetic.WarehouseTables;

/**
 * A local stand-in for councils' data warehouses: a database holding each council's extracts as
 * tables (schema {@code warehouse_<council>}), read by a role that may only SELECT, and the
 * FC_&lt;COUNCIL&gt;_WAREHOUSE_URL/USER/PASSWORD settings that tenant configuration refers to.
 */
final class LocalWarehouse {

    static final String READER = "fc_warehouse";

    private final PostgresServer server;
    private final String database;
    private final String password = LocalIdentity.secret();

    private LocalWarehouse(PostgresServer server, String database) {
        this.server = server;
        this.database = database;
    }

    /** Creates (or re-creates, when fresh) the warehouse database and its reader role. */
    static LocalWarehouse prepare(PostgresServer server, String database, boolean fresh) throws SQLException {
        DatabaseBootstrap.ensureDatabase(server, database, fresh);
        LocalWarehouse warehouse = new LocalWarehouse(server, database);
        DatabaseBootstrap.ensureReader(server, database, READER, warehouse.password);
        return warehouse;
    }

    /** Loads the councils' extracts from a generated region into the warehouse. */
    Map<String, Long> load(Path region, List<CouncilId> councils) throws SQLException, IOException {
        try (Connection admin = server.admin(database)) {
            return WarehouseTables.load(admin, region, councils, READER);
        }
    }

    /** The settings the server reads a council's warehouse with. */
    Map<String, String> serverEnvironment(List<CouncilId> councils) {
        Map<String, String> env = new LinkedHashMap<>();
        for (CouncilId council : councils) {
            String prefix = "FC_" + council.value().toUpperCase(Locale.ROOT).replace('-', '_') + "_WAREHOUSE_";
            env.put(prefix + "URL", server.jdbcUrl(database));
            env.put(prefix + "USER", READER);
            env.put(prefix + "PASSWORD", password);
        }
        return env;
    }

    /** A superuser's address of the warehouse, for tests that fill it. */
    String adminUrl() {
        return server.jdbcUrl(database);
    }
}
