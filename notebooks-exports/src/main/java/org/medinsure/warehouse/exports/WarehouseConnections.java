package org.medinsure.warehouse.exports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens the published DuckDB file read-only: readers never lock writers out or change the warehouse. */
public final class WarehouseConnections {
    private WarehouseConnections() {
    }

    public static Connection readOnly(Path database) throws SQLException {
        if (!Files.isRegularFile(database)) {
            throw new SQLException("Cannot find the warehouse " + database + ": run 'warehouse run' first");
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath(), properties);
    }
}
