package org.medinsure.warehouse.marts.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.lake.GoldTables;
import org.medinsure.warehouse.transform.lake.SilverTables;

/** Each published table declares its grain UNIQUE; rows that break it still publish, without the key. */
class DuckDbPublisherKeyTest {
    @TempDir
    Path folder;

    private List<String> publish(String secondCounty, int secondYear) throws Exception {
        Path table = Files.createDirectories(folder.resolve("lake/gold/mart_region_year"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            // every column of the mart, the grain and names filled, the rest NULL
            String columns = GoldTables.REGION_YEAR.columns().stream().map(column -> switch (column.name()) {
                case "region_code", "province", "county", "fiscal_year" -> "t." + column.name();
                default -> "NULL::" + DuckDbTypes.of(column.type()) + " AS " + column.name();
            }).collect(java.util.stream.Collectors.joining(", "));
            statement.execute("COPY (SELECT " + columns + " FROM (VALUES ('371521', '山东省', '阳谷县', 2020), "
                    + "('371521', '山东省', '" + secondCounty + "', " + secondYear + ")) "
                    + "AS t(region_code, province, county, fiscal_year)) TO '" + table.resolve("part-0.parquet")
                    + "' (FORMAT PARQUET)");
        }
        List<LakeTable> tables = new ArrayList<>(SilverTables.ALL);
        tables.addAll(GoldTables.ALL);
        Path database = folder.resolve("warehouse-" + secondYear + ".duckdb");
        new DuckDbPublisher(folder.resolve("lake")).publish(tables, database);
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT (SELECT count(*) FROM mart_region_year)::VARCHAR || ' rows', "
                     + "string_agg(table_name || ' ' || constraint_text, '; ' ORDER BY table_name) FROM duckdb_constraints() "
                     + "WHERE constraint_type = 'UNIQUE'")) {
            result.next();
            found.add(result.getString(1));
            found.add(String.valueOf(result.getString(2)));
        }
        return found;
    }

    @Test
    void theGrainOfEveryKeyedTableIsDeclaredUnique() throws Exception {
        List<String> published = publish("莘县", 2021);

        assertThat(published.get(0)).isEqualTo("2 rows");
        assertThat(published.get(1)).contains("documents UNIQUE(doc_id, source_path)", "projects UNIQUE(project_id)",
                "indicators UNIQUE(indicator_id)", "mart_region_year UNIQUE(region_code, fiscal_year)",
                "mart_execution_rate UNIQUE(region_code, fiscal_year, \"level\", item_code, item_name)");
    }

    @Test
    void rowsThatShareTheKeyArePublishedWithoutIt() throws Exception {
        List<String> published = publish("阳谷县", 2020);

        assertThat(published.get(0)).isEqualTo("2 rows");
        assertThat(published.get(1)).doesNotContain("mart_region_year").contains("mart_per_capita_subsidy");
    }
}
