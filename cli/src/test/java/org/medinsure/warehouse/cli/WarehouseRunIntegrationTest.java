package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medinsure.warehouse.exports.WarehouseConnections;
import picocli.CommandLine;

/**
 * Runs {@code warehouse run} on the five seed documents (from ../shared/seeds) and checks the
 * published warehouse against the public contract. One Spark run serves every assertion, and the
 * other test classes that read the seed warehouse ({@link SeedWarehouse}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SeedWarehouse.Extension.class)
class WarehouseRunIntegrationTest {
    /** The contract's tables and columns (docs/contract.md): they must exist with these names. */
    static final Map<String, List<String>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("documents", List.of("doc_id", "source_path", "format", "encoding", "doc_type", "region_code",
                "province", "prefecture", "county", "department", "fiscal_year", "status", "problem_count"));
        CONTRACT.put("projects", List.of("project_id", "doc_id", "source_path", "source_line", "region_code",
                "province", "county", "fiscal_year", "form_kind", "project_name", "implementing_unit", "programme",
                "budget_yuan", "executed_yuan", "beneficiaries"));
        CONTRACT.put("indicators", List.of("indicator_id", "project_id", "doc_id", "source_line", "level1", "level2",
                "name_raw", "indicator_code", "value_raw", "comparator", "target_value", "unit", "target_base",
                "qualitative", "actual_raw", "actual_value"));
        CONTRACT.put("budget_lines", List.of("doc_id", "source_path", "source_line", "region_code", "fiscal_year",
                "stage", "table_name", "function_code", "function_name", "total_yuan", "basic_yuan", "project_yuan"));
        CONTRACT.put("problems", List.of("doc_id", "source_path", "source_line", "stage", "check", "severity", "detail"));
        CONTRACT.put("mart_per_capita_subsidy", List.of("region_code", "province", "county", "fiscal_year", "programme",
                "amount_yuan", "beneficiaries", "per_capita_yuan", "province_median_yuan", "ratio_to_province_median",
                "rank_in_province", "n_in_province"));
        CONTRACT.put("mart_execution_rate", List.of("region_code", "province", "county", "fiscal_year", "level",
                "item_code", "item_name", "budget_yuan", "final_yuan", "execution_rate", "flag"));
        CONTRACT.put("mart_satisfaction_targets", List.of("region_code", "province", "county", "fiscal_year",
                "project_id", "project_name", "comparator", "target_pct", "actual_pct", "province_median_target_pct",
                "below_floor"));
        CONTRACT.put("mart_region_year", List.of("region_code", "province", "county", "fiscal_year", "documents",
                "projects", "indicators", "total_budget_yuan", "execution_rate", "mean_satisfaction_target_pct",
                "quality_score"));
    }

    private Path output;
    private Path database;
    private String printed;

    @BeforeAll
    void runOnSeeds(SeedWarehouse seeds) {
        output = seeds.output();
        printed = seeds.printed();
        assertThat(seeds.exitCode()).as("exit code of warehouse run; output:%n%s", printed).isZero();
        database = seeds.database();
    }

    @Test
    void everySeedIsADocumentWithItsFamilyRegionAndYear() throws Exception {
        List<String> rows = query("SELECT source_path, doc_type, region_code, province, prefecture, county, fiscal_year, "
                + "status FROM documents ORDER BY source_path");
        assertThat(rows).containsExactly(
                "000_f38c750e4c4df6b9.txt|declaration|371521|山东省|聊城市|阳谷县|2020|parsed",
                "001_8c4de2003b7dfa18.txt|budget|419001|河南省|null|济源市|2021|parsed",
                "002_bec090305d04c1b7.txt|declaration|430321|湖南省|湘潭市|湘潭县|2022|parsed",
                "003_5a0efe02806f59f5.txt|final_accounts|371521|山东省|聊城市|阳谷县|2019|parsed",
                "004_7ebfdcad82a08165.txt|declaration|640502|宁夏回族自治区|中卫市|沙坡头区|2023|parsed");
        assertThat(query("SELECT count(DISTINCT doc_id), min(length(doc_id)) FROM documents")).containsExactly("5|64");
    }

    @Test
    void publishesEveryContractTableWithItsColumnsAndComments() throws Exception {
        for (Map.Entry<String, List<String>> table : CONTRACT.entrySet()) {
            List<String> columns = query("SELECT column_name FROM duckdb_columns() WHERE table_name = '"
                    + table.getKey() + "'");
            assertThat(columns).as("columns of %s", table.getKey()).containsAll(table.getValue());
            assertThat(query("SELECT count(*) FROM duckdb_columns() WHERE table_name = '" + table.getKey()
                    + "' AND (comment IS NULL OR comment = '')")).as("uncommented columns of %s", table.getKey())
                    .containsExactly("0");
            assertThat(query("SELECT comment IS NOT NULL AND comment <> '' FROM duckdb_tables() WHERE table_name = '"
                    + table.getKey() + "'")).containsExactly("true");
        }
        assertThat(query("SELECT view_name FROM duckdb_views() WHERE NOT internal AND comment IS NOT NULL ORDER BY 1"))
                .contains("v_province_year_league");
        // every column of every view is described: passed-through columns take their table's comment
        assertThat(query("SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE table_name IN "
                + "(SELECT view_name FROM duckdb_views() WHERE NOT internal) AND (comment IS NULL OR comment = '')"))
                .isEmpty();
        assertThat(query("SELECT comment FROM duckdb_columns() WHERE table_name = 'v_per_capita_comparison' "
                + "AND column_name = 'amount_yuan'")).containsExactlyElementsOf(query("SELECT comment FROM duckdb_columns() "
                + "WHERE table_name = 'mart_per_capita_subsidy' AND column_name = 'amount_yuan'"));
    }

    @Test
    void theRunIsRecordedWithWhatItReadLoadedAndUsed() throws Exception {
        assertThat(query("SELECT count(*), sum(files_seen), sum(files_read), sum(files_parsed + files_partial "
                + "+ files_rejected + files_duplicate) FROM runs")).containsExactly("1|5|5|5");
        assertThat(query("SELECT r.files_parsed = (SELECT count(*) FROM documents WHERE status = 'parsed'), "
                + "r.facts_loaded = (SELECT count(*) FROM projects) + (SELECT count(*) FROM indicators) "
                + "+ (SELECT count(*) FROM budget_lines) + (SELECT count(*) FROM table_totals) "
                + "+ (SELECT count(*) FROM execution_statements) + (SELECT count(*) FROM stated_totals), "
                + "r.input_root LIKE '%/seeds', r.code_version, "
                + "json_extract_string(r.knowledge_versions, '$.\"/vocabulary/budget-labels.csv\"') IS NOT NULL, "
                + "r.started_at <= r.ended_at FROM runs r"))
                .containsExactly("true|true|true|" + WarehouseCommand.VERSION + "|true|true");
        assertThat(printed).containsPattern("Run \\d{8}T\\d{6}Z-[0-9a-f]{8}: 5 files seen — 5 parsed, 0 partial, "
                + "0 rejected, 0 duplicate; \\d+ facts loaded");
    }

    @Test
    void leavesNoTemporaryFilesAndWritesExportsAndReports() throws Exception {
        try (var files = Files.list(output)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted().toList())
                    .containsExactly(OutputLock.FILE, "exports", "lake", "reports", "warehouse.duckdb");
        }
        try (var reports = Files.list(output.resolve("reports"))) {
            // the seeds' counties are in 山东省 (37) and 宁夏 (64): a report for each province-year and the index
            assertThat(reports.map(path -> path.getFileName().toString()).sorted().toList())
                    .contains("index.html").anyMatch(name -> name.matches("370000-20\\d\\d\\.html"))
                    .anyMatch(name -> name.matches("640000-20\\d\\d\\.html"));
        }
        assertThat(printed).contains("Reports:   ");
        assertThat(output.resolve("exports/mart_region_year.arrow")).isNotEmptyFile();
        assertThat(Files.readAllBytes(output.resolve("exports/mart_region_year.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(output.resolve("exports/data-dictionary.md")).content().contains("## mart_per_capita_subsidy");
        assertThat(printed).contains("Warehouse: ").contains("== mart_region_year").contains("阳谷县");
    }

    @Test
    void queryCommandAnswersReadOnly() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        assertThat(commandLine.execute("query", "--output", output.toString(), "--format", "csv",
                "select count(*) as n from documents")).isZero();
        assertThat(out.toString()).isEqualToIgnoringNewLines("n5");

        StringWriter err = new StringWriter();
        CommandLine writer = Main.commandLine();
        writer.setErr(new PrintWriter(err));
        assertThat(writer.execute("query", "--output", output.toString(), "delete from documents")).isEqualTo(1);
        assertThat(err.toString()).contains("read-only");
    }

    private List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = WarehouseConnections.readOnly(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
