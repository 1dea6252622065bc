package org.medinsure.warehouse.transform.silver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.lake.BronzeTables;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.transform.lake.SilverTables;
import org.medinsure.warehouse.transform.project.ProjectNormaliser;
import org.medinsure.warehouse.transform.region.RegionGazetteer;

/** Bronze rows of a batch of whole documents to silver rows, without Spark. */
class SilverBuilderTest {
    private final SilverBuilder builder = new SilverBuilder(RegionGazetteer.bundled(), new ProjectNormaliser());

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    private Map<LakeTable, List<Map<String, Object>>> batch() {
        Map<LakeTable, List<Map<String, Object>>> bronze = new LinkedHashMap<>();
        bronze.put(BronzeTables.DOCUMENTS, List.of(
                row("doc_id", "d1", "source_path", "山东省/阳谷县_2021_申报表.txt", "department", "阳谷县医疗保障局",
                        "region_context", "阳谷县医疗保障局", "fiscal_year", 2021, "status", "parsed"),
                row("doc_id", "d1", "source_path", "copies/阳谷县_2021_申报表.txt", "department", "阳谷县医疗保障局",
                        "region_context", "阳谷县医疗保障局", "fiscal_year", 2021, "status", "duplicate"),
                row("doc_id", "d2", "source_path", "misc/notice.txt", "department", null, "region_context", "某单位",
                        "fiscal_year", 2022, "status", "parsed"),
                row("doc_id", "d3", "source_path", "聊城市/分配表.txt", "department", "聊城市财政局",
                        "region_context", "聊城市财政局", "fiscal_year", 2023, "status", "parsed")));
        bronze.put(BronzeTables.PROJECT_FORMS, List.of(row("project_id", "d1-P001", "doc_id", "d1",
                "source_path", "山东省/阳谷县_2021_申报表.txt", "source_line", 3L, "form_index", 1, "form_kind", "declaration",
                "project_name", "2021年城乡医疗救助资金", "budget_yuan", new BigDecimal("6018000.00"))));
        bronze.put(BronzeTables.INDICATOR_ROWS, List.of(
                row("indicator_id", "d1-P001-I002", "project_id", "d1-P001", "doc_id", "d1", "source_line", 12L,
                        "level1", "满意度指标", "level2", "服务对象满意度指标", "name_raw", "救助对象满意度", "value_raw", "≥90%"),
                row("indicator_id", "d1-P001-I001", "project_id", "d1-P001", "doc_id", "d1", "source_line", 11L,
                        "level1", "产出指标", "level2", "数量指标", "name_raw", "医疗救助人数", "value_raw", "12000人"),
                row("indicator_id", "dX-P001-I001", "project_id", "dX-P001", "doc_id", "dX", "source_line", 5L,
                        "name_raw", "无表头的指标", "value_raw", "1")));
        bronze.put(BronzeTables.BUDGET_LINES, List.of(
                row("doc_id", "d1", "source_line", 40L, "function_code", "2101301", "function_name", "城乡医疗救助",
                        "total_yuan", new BigDecimal("6018000.00")),
                row("doc_id", "d3", "source_line", 9L, "stage", "allocation", "function_code", "2101301",
                        "region_name", "阳谷县", "other_amounts", Map.of("already", new BigDecimal("100.00"),
                                "this_time", new BigDecimal("50.00")))));
        bronze.put(BronzeTables.PROBLEMS, List.of(row("doc_id", "d1", "source_line", 7L, "stage", "ingest",
                "check", "unit_assumed", "severity", "warning", "detail", "no 单位 line")));
        return bronze;
    }

    @Test
    void documentsGetTheirRegionAndFactsTheirDocumentsRegion() {
        Map<LakeTable, List<Map<String, Object>>> silver = builder.build(batch());

        assertThat(silver.get(SilverTables.DOCUMENTS)).hasSize(4)
                .allSatisfy(document -> assertThat(document).containsKey("region_method"));
        Map<String, Object> yanggu = silver.get(SilverTables.DOCUMENTS).get(0);
        assertThat(yanggu).containsEntry("region_code", "371521").containsEntry("province", "山东省")
                .containsEntry("county", "阳谷县");
        assertThat(silver.get(SilverTables.DOCUMENTS).get(1)).as("a duplicate is listed with its region too")
                .containsEntry("status", "duplicate").containsEntry("region_code", "371521");

        Map<String, Object> project = silver.get(SilverTables.PROJECTS).get(0);
        assertThat(project).containsEntry("programme", "medical_assistance").containsEntry("region_code", "371521")
                .containsEntry("fiscal_year", 2021);
        assertThat(silver.get(SilverTables.INDICATORS)).as("indicators in id order; one without its form is not loaded")
                .extracting(row -> row.get("indicator_id")).containsExactly("d1-P001-I001", "d1-P001-I002");
        assertThat(silver.get(SilverTables.INDICATORS).get(1)).containsEntry("level1_raw", "满意度指标")
                .containsEntry("comparator", ">=").containsEntry("target_value", 90.0).containsEntry("province", "山东省");
    }

    @Test
    void budgetLinesGetTheirLevelAndAllocationRowsTheRegionTheyAllocateTo() {
        Map<LakeTable, List<Map<String, Object>>> silver = builder.build(batch());

        assertThat(silver.get(SilverTables.BUDGET_LINES)).hasSize(2);
        assertThat(silver.get(SilverTables.BUDGET_LINES).get(0)).containsEntry("function_level", "项")
                .containsEntry("region_code", "371521");
        Map<String, Object> allocation = silver.get(SilverTables.BUDGET_LINES).get(1);
        assertThat(allocation).containsEntry("region_code", "371521").containsEntry("county", "阳谷县")
                .containsEntry("already_allocated_yuan", new BigDecimal("100.00"))
                .containsEntry("this_allocation_yuan", new BigDecimal("50.00"));
    }

    @Test
    void anUnresolvedRegionIsAProblemAfterTheBronzeProblems() {
        Map<LakeTable, List<Map<String, Object>>> silver = builder.build(batch());

        List<Map<String, Object>> problems = silver.get(SilverTables.PROBLEMS);
        assertThat(problems.get(0)).containsEntry("check", "unit_assumed").containsEntry("stage", "ingest");
        assertThat(problems).anySatisfy(problem -> assertThat(problem).containsEntry("doc_id", "d2")
                .containsEntry("check", "unmatched_region").containsEntry("stage", "transform")
                .containsEntry("source_line", 0L)
                .hasEntrySatisfying("detail", detail -> assertThat((String) detail).startsWith("misc/notice.txt: cannot resolve")));
        assertThat(silver.get(SilverTables.DOCUMENTS).get(2)).containsEntry("region_code", null);
    }
}
