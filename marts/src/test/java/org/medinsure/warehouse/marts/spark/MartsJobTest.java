package org.medinsure.warehouse.marts.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medinsure.warehouse.marts.spark.SilverFixture.yuan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.lake.Lake;
import org.medinsure.warehouse.ingest.spark.SparkSessions;
import org.medinsure.warehouse.marts.lake.GoldTables;
import org.medinsure.warehouse.transform.lake.SilverTables;

/**
 * The marts on hand-made silver tables whose expected results were worked out by hand: a tie in
 * ranks, a missing beneficiary count, a zero budget, one county alone in its province.
 */
class MartsJobTest {
    @TempDir
    static Path output;

    private static SparkSession spark;
    private static Lake lake;

    @BeforeAll
    static void computeMartsOnAHandMadeSilverLayer() {
        spark = SparkSessions.create("local[2]", Map.of());
        lake = new Lake(output.toString());
        SilverFixture silver = new SilverFixture();
        // 山东 2020 resident subsidy: 32, 35, 35 yuan per person and one county without a head-count
        project(silver, "a-P001", "371521", "山东省", "阳谷县", "3200000", 100_000L);
        project(silver, "b-P001", "371522", "山东省", "莘县", "3500000", 100_000L);
        project(silver, "c-P001", "371525", "山东省", "冠县", "2100000", 60_000L);
        project(silver, "d-P001", "371524", "山东省", "东阿县", "900000", null);
        // 宁夏 2020: one county alone in its province
        project(silver, "e-P001", "640502", "宁夏回族自治区", "沙坡头区", "350000", 317_000L);
        // the final accounts' self-evaluation of 阳谷县's declared subsidy: counted once, as declared
        silver.add(SilverTables.PROJECTS, "project_id", "a-P009", "doc_id", "a", "region_code", "371521",
                "province", "山东省", "county", "阳谷县", "fiscal_year", 2020, "form_kind", "self_evaluation",
                "project_name", "城乡居民基本医疗保险补助 ", "programme", "resident_insurance_subsidy",
                "budget_yuan", yuan("3200000"), "executed_yuan", yuan("3200000"), "beneficiaries", 100_000L);
        // a self-evaluation that spent 80 % of its budget
        silver.add(SilverTables.PROJECTS, "project_id", "a-P002", "doc_id", "a", "region_code", "371521",
                "province", "山东省", "county", "阳谷县", "fiscal_year", 2020, "project_name", "医疗救助",
                "programme", "medical_assistance", "budget_yuan", yuan("1000000"), "executed_yuan", yuan("800000"));
        // 莘县 has neither final accounts nor lines: its execution comes from a self-evaluated project
        // (left without a programme, so it stays out of the per-capita comparison)
        silver.add(SilverTables.PROJECTS, "project_id", "b-P002", "doc_id", "b", "region_code", "371522",
                "province", "山东省", "county", "莘县", "fiscal_year", 2020, "form_kind", "self_evaluation",
                "project_name", "医疗救助", "budget_yuan", yuan("1000000"), "executed_yuan", yuan("900000"));
        silver.add(SilverTables.DOCUMENTS, "doc_id", "b", "source_path", "b.txt", "region_code", "371522",
                "province", "山东省", "county", "莘县", "fiscal_year", 2020, "status", "parsed");
        // budget against final accounts per classification line; one line budgeted at zero
        line(silver, "budget", "2101301", "1000000");
        line(silver, "final", "2101301", "950000");
        line(silver, "budget", "2101302", "0");
        line(silver, "final", "2101302", "50000");
        silver.add(SilverTables.EXECUTION_STATEMENTS, "doc_id", "a", "region_code", "371521", "province", "山东省",
                "county", "阳谷县", "fiscal_year", 2020, "item", "一般公共预算财政拨款支出",
                "budget_yuan", yuan("1000000"), "final_yuan", yuan("1200000"), "rate_pct", 120.0, "source", "text");
        // total expenditure: 2,000,000 budgeted, 1,900,000 spent
        total(silver, "budget", "2000000");
        total(silver, "final", "1900000");
        // satisfaction targets 95, 90 and 85 % in 山东 2020: median 90, 85 below the 90 % floor
        satisfaction(silver, "a-P001", "371521", 95.0);
        satisfaction(silver, "b-P001", "371522", 90.0);
        satisfaction(silver, "c-P001", "371525", 85.0);
        silver.add(SilverTables.DOCUMENTS, "doc_id", "a", "source_path", "a.txt", "region_code", "371521",
                "province", "山东省", "county", "阳谷县", "fiscal_year", 2020, "status", "parsed");
        lake.writeLayer(spark, SilverTables.LAYER, silver.datasets(spark));

        new MartsJob(spark, lake, MartThresholds.load(Optional.empty())).run();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /**
     * One definition, two engines: DuckDB, given a copy of the same silver layer, writes gold tables
     * that read back row for row as Spark's (doubles compared to nine decimals: Spark divides
     * decimals exactly before casting, DuckDB in floating point).
     */
    @Test
    void duckDbComputesTheSameMartsFromTheSameSilver(@TempDir Path copy) throws Exception {
        Path silver = output.resolve("lake").resolve(SilverTables.LAYER);
        try (var paths = java.nio.file.Files.walk(silver)) {
            for (Path path : paths.toList()) {
                Path target = copy.resolve("lake").resolve(SilverTables.LAYER).resolve(silver.relativize(path).toString());
                if (java.nio.file.Files.isDirectory(path)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(path, target);
                }
            }
        }
        Lake duckDbLake = new Lake(copy.toString());
        new org.medinsure.warehouse.marts.duckdb.DuckDbMartsJob(duckDbLake, copy.resolve("lake"),
                MartThresholds.load(Optional.empty())).run();

        for (org.medinsure.warehouse.ingest.lake.LakeTable mart : GoldTables.ALL) {
            assertThat(canonicalRows(duckDbLake, mart)).as(mart.name()).isNotEmpty()
                    .containsExactlyElementsOf(canonicalRows(lake, mart));
        }
    }

    private static List<String> canonicalRows(Lake from, org.medinsure.warehouse.ingest.lake.LakeTable table) {
        return from.read(spark, table).collectAsList().stream().map(row -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < row.length(); i++) {
                Object value = row.get(i);
                text.append(value instanceof Double number ? String.format(java.util.Locale.ROOT, "%.9f", number)
                        : value instanceof scala.collection.Seq<?> seq ? scala.jdk.javaapi.CollectionConverters.asJava(seq)
                        : value).append('|');
            }
            return text.toString();
        }).sorted().toList();
    }

    @Test
    void perCapitaRanksTiesTogetherAndLeavesMissingHeadCountsUnranked() {
        Map<String, String> rows = rows(GoldTables.PER_CAPITA_SUBSIDY,
                "county", "per_capita_yuan", "province_median_yuan", "ratio_to_province_median", "rank_in_province",
                "n_in_province");
        assertThat(rows).containsExactlyInAnyOrderEntriesOf(Map.of(
                "阳谷县", "32.00|35.00|0.9143|3|3",
                "莘县", "35.00|35.00|1.0000|1|3",
                "冠县", "35.00|35.00|1.0000|1|3",
                "东阿县", "null|35.00|null|null|3",
                "沙坡头区", "1.10|1.10|1.0000|1|1"));
    }

    @Test
    void executionRatesAtEveryLevelWithFlags() {
        Map<String, String> rows = rows(GoldTables.EXECUTION_RATE,
                "item_code", "level", "budget_yuan", "final_yuan", "execution_rate", "flag");
        assertThat(rows).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2101301", "line|1000000.00|950000.00|0.9500|null",
                "2101302", "line|0.00|50000.00|null|no_budget",
                "a-P002", "project|1000000.00|800000.00|0.8000|low",
                "a-P009", "project|3200000.00|3200000.00|1.0000|null",
                "b-P002", "project|1000000.00|900000.00|0.9000|null",
                "null", "department|1000000.00|1200000.00|1.2000|high",
                "total", "department|2000000.00|1900000.00|0.9500|null"));
    }

    @Test
    void satisfactionTargetsAgainstTheProvinceMedianAndTheFloor() {
        Map<String, String> rows = rows(GoldTables.SATISFACTION_TARGETS,
                "project_id", "target_pct", "province_median_target_pct", "below_floor");
        assertThat(rows).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a-P001", "95.0000|90.0000|false",
                "b-P001", "90.0000|90.0000|false",
                "c-P001", "85.0000|90.0000|true"));
    }

    @Test
    void regionYearSummarisesTheCounty() {
        Map<String, String> rows = rows(GoldTables.REGION_YEAR,
                "county", "documents", "projects", "indicators", "total_budget_yuan", "execution_rate",
                "mean_satisfaction_target_pct", "quality_score");
        // three forms, but the self-evaluated subsidy's amount counts once: 3,200,000 + 1,000,000
        // quality: 1 of 1 document parsed, 1 of 1 indicator matched, no problem rows → 1.0
        // 莘县: no department or line figures, so its self-evaluated project's 900,000 of 1,000,000;
        // that project's programme has no declaration loaded, so its budget adds to the declared one
        assertThat(rows).containsExactlyInAnyOrderEntriesOf(Map.of(
                "阳谷县", "1|3|1|4200000.00|0.9500|95.0000|1.0000",
                "莘县", "1|2|1|4500000.00|0.9000|90.0000|1.0000"));
    }

    private static void project(SilverFixture silver, String projectId, String regionCode, String province,
                                String county, String amount, Long beneficiaries) {
        silver.add(SilverTables.PROJECTS, "project_id", projectId, "doc_id", projectId.substring(0, 1),
                "region_code", regionCode, "province", province, "county", county, "fiscal_year", 2020,
                "project_name", "城乡居民基本医疗保险补助", "programme", "resident_insurance_subsidy",
                "form_kind", "declaration", "budget_yuan", yuan(amount), "beneficiaries", beneficiaries);
    }

    private static void line(SilverFixture silver, String stage, String code, String amount) {
        silver.add(SilverTables.BUDGET_LINES, "doc_id", stage.substring(0, 1), "region_code", "371521",
                "province", "山东省", "county", "阳谷县", "fiscal_year", 2020, "stage", stage,
                "table_name", stage + " table", "function_code", code, "function_name", "城乡医疗救助",
                "total_yuan", yuan(amount));
    }

    private static void total(SilverFixture silver, String stage, String amount) {
        silver.add(SilverTables.TABLE_TOTALS, "doc_id", stage.substring(0, 1), "region_code", "371521",
                "province", "山东省", "county", "阳谷县", "fiscal_year", 2020, "stage", stage,
                "table_name", "支出" + stage, "label", "支出合计", "column_name", "合计", "amount_yuan", yuan(amount));
    }

    private static void satisfaction(SilverFixture silver, String projectId, String regionCode, double target) {
        silver.add(SilverTables.INDICATORS, "indicator_id", projectId + "-I001", "project_id", projectId,
                "doc_id", projectId.substring(0, 1), "indicator_code", "satisfaction.beneficiary",
                "comparator", ">=", "target_value", target, "unit", "%", "target_base", target,
                "region_code", regionCode, "province", "山东省", "fiscal_year", 2020);
    }

    /** Rows of a gold table keyed by the first column, the others joined; numbers to 4 decimals. */
    private static Map<String, String> rows(org.medinsure.warehouse.ingest.lake.LakeTable table, String key,
                                            String... columns) {
        Map<String, String> rows = new TreeMap<>();
        for (Row row : lake.read(spark, table).collectAsList()) {
            rows.put(String.valueOf((Object) row.getAs(key)), List.of(columns).stream()
                    .map(column -> text(row.getAs(column))).collect(Collectors.joining("|")));
        }
        return rows;
    }

    private static String text(Object value) {
        if (value instanceof Double number) {
            return String.format(java.util.Locale.ROOT, "%.4f", number);
        }
        return String.valueOf(value);
    }
}
