package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.lake.GoldTables;
import org.medinsure.warehouse.transform.lake.SilverTables;
import picocli.CommandLine;

/** Running again on the same input gives the same warehouse: same ids, same rows, same values. */
@ExtendWith(SeedWarehouse.Extension.class)
class RerunDeterminismTest {
    @TempDir
    Path second;

    @Test
    void secondRunPublishesTheSameRows(SeedWarehouse seeds) throws Exception {
        Path first = seeds.database();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute("run", "--input", seeds.shared().resolve("seeds").toString(),
                "--output", second.toString())).isZero();

        List<LakeTable> tables = new ArrayList<>(SilverTables.ALL);
        tables.addAll(GoldTables.ALL);
        List<String> differences = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + first + "' AS first (READ_ONLY)");
            statement.execute("ATTACH '" + second.resolve("warehouse.duckdb") + "' AS second (READ_ONLY)");
            for (LakeTable table : tables) {
                long rows = count(statement, "SELECT count(*) FROM first." + table.name());
                long onlyFirst = count(statement, "SELECT count(*) FROM (SELECT * FROM first." + table.name()
                        + " EXCEPT ALL SELECT * FROM second." + table.name() + ")");
                long onlySecond = count(statement, "SELECT count(*) FROM (SELECT * FROM second." + table.name()
                        + " EXCEPT ALL SELECT * FROM first." + table.name() + ")");
                if (onlyFirst + onlySecond > 0) {
                    differences.add(table.name() + ": " + onlyFirst + " rows only in the first run, " + onlySecond
                            + " only in the second (of " + rows + ")");
                }
            }
            assertThat(count(statement, "SELECT count(*) FROM second.indicators")).isPositive();
        }
        assertThat(differences).isEmpty();
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
