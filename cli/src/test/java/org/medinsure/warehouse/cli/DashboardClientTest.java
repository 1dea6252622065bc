package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.exports.WarehouseConnections;

/**
 * The published warehouse opens in the DuckDB client dashboards use, which lags the newest DuckDB:
 * the Node client {@code @duckdb/node-api} at its current 1.x release, installed from npm here,
 * opens the seed warehouse read-only and answers the dashboard queries as the warehouse's own
 * reader does.
 */
@ExtendWith(SeedWarehouse.Extension.class)
class DashboardClientTest {
    /** The client's current 1.x release on npm (its 1.x versions carry an -r.N suffix). */
    private static final String CLIENT = "@duckdb/node-api@1.5.6-r.1";
    private static final List<String> QUERIES = DashboardQueries.of("山东省", "resident_insurance_subsidy", 2020, "阳谷县")
            .stream().map(DashboardQueries.Query::inlined).toList();

    @TempDir
    Path folder;

    @Test
    void theCurrentNodeClientOpensTheWarehouseAndAnswersTheDashboardQueries(SeedWarehouse seeds) throws Exception {
        NodeClients node = NodeClients.install(folder, "the DuckDB Node client", CLIENT);
        Path script = node.script("/dashboard/read-warehouse.mjs");
        Path queries = Files.writeString(folder.resolve("queries.json"), new ObjectMapper().writeValueAsString(QUERIES));

        String printed = node.run(List.of("node", script.toString(), seeds.database().toString(), queries.toString()), 120);

        List<List<List<String>>> expected = new ArrayList<>();
        try (Connection connection = WarehouseConnections.readOnly(seeds.database());
             Statement statement = connection.createStatement()) {
            for (String sql : QUERIES) {
                expected.add(rows(statement, sql));
            }
        }
        List<?> read = new ObjectMapper().readValue(NodeClients.lastLine(printed), List.class);
        assertThat(read).isEqualTo(expected);
        assertThat(expected.get(0)).containsExactly(List.of("阳谷县", "32.00", "1"));
        assertThat(expected.get(1)).isNotEmpty();
    }

    private static List<List<String>> rows(Statement statement, String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(result.getString(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
