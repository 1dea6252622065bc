package org.medinsure.warehouse.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.lake.GoldTables;
import org.medinsure.warehouse.transform.lake.SilverTables;

/** The silver and gold tables whose rows differ between two published warehouses, opened read-only. */
final class WarehouseDifferences {
    private WarehouseDifferences() {
    }

    /** One line per table that differs; empty when both warehouses hold the same rows. */
    static List<String> between(Path first, Path second) throws Exception {
        List<LakeTable> tables = new ArrayList<>(SilverTables.ALL);
        tables.addAll(GoldTables.ALL);
        List<String> differences = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + first + "' AS first (READ_ONLY)");
            statement.execute("ATTACH '" + second + "' AS second (READ_ONLY)");
            for (LakeTable table : tables) {
                long rows = count(statement, "SELECT count(*) FROM first." + table.name());
                long onlyFirst = count(statement, "SELECT count(*) FROM (SELECT * FROM first." + table.name()
                        + " EXCEPT ALL SELECT * FROM second." + table.name() + ")");
                long onlySecond = count(statement, "SELECT count(*) FROM (SELECT * FROM second." + table.name()
                        + " EXCEPT ALL SELECT * FROM first." + table.name() + ")");
                if (onlyFirst + onlySecond > 0) {
                    differences.add(table.name() + ": " + onlyFirst + " rows only in the first, " + onlySecond
                            + " only in the second (of " + rows + ")");
                }
            }
        }
        return differences;
    }

    static long count(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
