package org.familycontext.synthetic;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.familycontext.kernel.CouncilId;
import org.postgresql.PGConnection;

/**
 * A council's extracts as tables in a "warehouse" database, as councils' data warehouses hold them:
 * schema {@code warehouse_<council>} (hyphens become underscores), one table per extract file named
 * by the file in lower case without {@code .csv}, every column text and named exactly as in the file's
 * header. Re-running replaces the schema. A reader role gets SELECT and nothing else.
 */
public final class WarehouseTables {

    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private WarehouseTables() {
    }

    /** The schema holding a council's tables. */
    public static String schema(CouncilId council) {
        return "warehouse_" + council.value().replace('-', '_');
    }

    /**
     * Loads every CSV file of each council's folder under {@code region} into its schema.
     *
     * @param admin  a connection that may create schemas (autocommit is switched off and on again)
     * @param reader the role that may read the tables
     * @return rows loaded per schema-qualified table
     */
    public static Map<String, Long> load(Connection admin, Path region, List<CouncilId> councils, String reader)
            throws SQLException, IOException {
        if (!ROLE.matcher(reader).matches()) {
            throw new IllegalArgumentException("not a plain lower-case role name: " + reader);
        }
        Map<String, Long> loaded = new LinkedHashMap<>();
        boolean autoCommit = admin.getAutoCommit();
        admin.setAutoCommit(false);
        try {
            for (CouncilId council : councils) {
                loadCouncil(admin, region.resolve(council.value()), schema(council), reader, loaded);
            }
            admin.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            admin.rollback();
            throw e;
        } finally {
            admin.setAutoCommit(autoCommit);
        }
        return loaded;
    }

    private static void loadCouncil(Connection admin, Path folder, String schema, String reader, Map<String, Long> loaded)
            throws SQLException, IOException {
        try (Statement sql = admin.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            sql.execute("CREATE SCHEMA " + schema);
            sql.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + reader);
        }
        for (Path file : csvFiles(folder)) {
            String table = schema + "." + file.getFileName().toString().replaceFirst("(?i)\\.csv$", "").toLowerCase(Locale.ROOT);
            List<String> header = header(file);
            try (Statement sql = admin.createStatement()) {
                sql.execute("CREATE TABLE " + table + " (" + String.join(", ", header.stream().map(c -> quoted(c) + " text").toList())
                        + ")");
                sql.execute("GRANT SELECT ON " + table + " TO " + reader);
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long rows = admin.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')", in);
                loaded.put(table, rows);
            }
        }
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*.csv")) {
            found.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    private static List<String> header(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            String first = lines.findFirst().orElseThrow(() -> new IOException(file.getFileName() + " is empty"));
            return List.of(first.replace("\uFEFF", "").split(",", -1));
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
