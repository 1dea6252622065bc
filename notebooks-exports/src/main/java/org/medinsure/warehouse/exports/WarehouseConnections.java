package org.medinsure.warehouse.exports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Opens the published DuckDB file for reading, and for nothing else. Every reader the project
 * opens (query, the preview of run, taxonomy, evaluate, export) comes through here, so SQL sent
 * through any of them reaches the warehouse's tables and no file, network address or extension:
 * readers never lock writers out, never change the warehouse and never write beside it.
 *
 * <p>No reader needs DuckDB to write: the exporters write Arrow, CSV and Excel from Java. A reader
 * that one day does must get a connection mode of its own here, not a weaker query path.
 */
public final class WarehouseConnections {
    /**
     * Settings DuckDB takes only when the database starts, as connection properties. External
     * access off keeps SQL from files and URLs; without autoload and autoinstall a function of a
     * missing extension fails instead of fetching it; no temporary directory means nothing is
     * spilled to disk (a query that outgrows memory fails with DuckDB's out-of-memory message).
     */
    private static final Map<String, String> AT_START = Map.of(
            "duckdb.read_only", "true",
            "enable_external_access", "false",
            "autoload_known_extensions", "false",
            "autoinstall_known_extensions", "false",
            "allow_community_extensions", "false",
            "temp_directory", "");

    /**
     * Settings DuckDB takes only once the database is open, in this order. With external access
     * off, DuckDB still lets SQL write to the database's own paths (COPY ... TO the warehouse file
     * with use_tmp_file false overwrites it), so the local file system is switched off as well: the
     * open database keeps reading through the file handle it already holds. The lock comes last
     * because it freezes every setting, itself included.
     */
    private static final List<String> ONCE_OPEN = List.of(
            "SET disabled_filesystems = 'LocalFileSystem'",
            "SET lock_configuration = true");

    private WarehouseConnections() {
    }

    /**
     * Synchronized because the driver shares one database per file within a JVM: the first reader
     * must have locked it down before a second one checks whether it is locked.
     */
    public static synchronized Connection readOnly(Path database) throws SQLException {
        Objects.requireNonNull(database, "database is null");
        if (!Files.isRegularFile(database)) {
            throw new SQLException("Cannot find the warehouse " + database + ": run 'warehouse run' first");
        }
        Properties properties = new Properties();
        properties.putAll(AT_START);
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath(), properties);
        try {
            lockDown(connection);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw new SQLException("Cannot lock down the connection to " + database + ": " + e.getMessage(), e);
        }
        return connection;
    }

    /**
     * A database another reader of this JVM still holds open was opened with the same properties
     * (the driver refuses different ones) and locked down by that reader: it is left as it is, and
     * cannot be changed anyway.
     */
    private static void lockDown(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (locked(statement)) {
                return;
            }
            for (String setting : ONCE_OPEN) {
                statement.execute(setting);
            }
        }
    }

    private static boolean locked(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT current_setting('lock_configuration')")) {
            result.next();
            return result.getBoolean(1);
        }
    }
}
