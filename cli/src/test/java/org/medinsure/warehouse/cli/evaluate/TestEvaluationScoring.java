package org.medinsure.warehouse.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.document;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.facts;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.indicator;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.project;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision, recall, scope and one-to-one matching of {@link Evaluation}. */
class TestEvaluationScoring {
    private static final GoldFile GOLD = GoldFile.parse("test.jsonl", List.of(
            "{\"kind\": \"document\", \"file\": \"000_test.txt\", \"doc_type\": \"declaration\"}",
            "{\"kind\": \"project\", \"file\": \"000_test.txt\", \"form_index\": 1, \"name\": \"甲\", "
                    + "\"budget_wan\": 1.0}",
            "{\"kind\": \"project\", \"file\": \"000_test.txt\", \"form_index\": 2, \"name\": \"乙\", "
                    + "\"budget_wan\": 2.0}",
            "{\"kind\": \"indicator\", \"file\": \"000_test.txt\", \"form_index\": 1, \"name\": \"住院情况\", "
                    + "\"raw_value\": \"18495人\"}",
            "{\"kind\": \"indicator\", \"file\": \"000_test.txt\", \"form_index\": 1, \"name\": \"住院情况\", "
                    + "\"raw_value\": \"12556万元\"}",
            "",
            "{\"kind\": \"narrative\", \"file\": \"000_test.txt\"}"));

    @Test
    void aWrongValueCountsAsNotFoundAndAsNotInGold() {
        EvaluationReport report = Evaluation.evaluate(GOLD, facts(List.of(document("declaration", "聊城市")),
                List.of(project(1, "甲", "10000.00"), project(2, "乙", "20100.00"), project(3, "丙", "1.00")),
                List.of()));
        KindResult projects = report.result("project");
        assertThat(projects.gold()).isEqualTo(2);
        assertThat(projects.scored()).isEqualTo(3);
        assertThat(projects.matched()).isEqualTo(1);
        assertThat(projects.precision()).isEqualTo(1.0 / 3);
        assertThat(projects.recall()).isEqualTo(0.5);
        assertThat(projects.notFound()).singleElement().satisfies(miss -> {
            assertThat(miss.location()).isEqualTo("test.jsonl:3");
            assertThat(miss.reason()).isEqualTo("nearest 山东省/000_test.txt:20: budget: gold 2.0 万元 = 20000.00 元, "
                    + "warehouse 20100.00 元");
        });
        assertThat(projects.notInGold()).extracting(Miss::reason)
                .containsExactly("same key as gold test.jsonl:3", "no gold record with this key");
    }

    @Test
    void factsOutsideTheGoldsCoverageAreNotScored() {
        EvaluationReport report = Evaluation.evaluate(GOLD, facts(List.of(document("declaration", "聊城市")), List.of(),
                List.of(indicator(1, "住院情况", "18495人", null, null, null),
                        indicator(1, "住院情况", "12556万元", null, null, null),
                        indicator(2, "未标注的表", "100%", null, null, null))));
        KindResult raw = report.result(IndicatorRawValueMatcher.NAME);
        assertThat(raw.scored()).isEqualTo(2);
        assertThat(raw.unscored()).isEqualTo(1);
        assertThat(raw.precision()).isEqualTo(1.0);
        assertThat(raw.recall()).isEqualTo(1.0);
    }

    @Test
    void duplicateKeysAreToldApartByTheirValuesWhateverTheOrder() {
        EvaluationReport report = Evaluation.evaluate(GOLD, facts(List.of(), List.of(),
                List.of(indicator(1, "住院情况", "12556万元", null, null, null),
                        indicator(1, "住院情况", "18495人", null, null, null))));
        assertThat(report.result(IndicatorRawValueMatcher.NAME).matched()).isEqualTo(2);
    }

    @Test
    void eachWarehouseFactMatchesOneGoldRecordOnly() {
        EvaluationReport report = Evaluation.evaluate(GOLD, facts(List.of(), List.of(),
                List.of(indicator(1, "住院情况", "18495人", null, null, null))));
        KindResult raw = report.result(IndicatorRawValueMatcher.NAME);
        assertThat(raw.matched()).isEqualTo(1);
        assertThat(raw.notFound()).singleElement().extracting(Miss::reason)
                .isEqualTo("every warehouse fact with this key matched another gold record");
    }

    @Test
    void emptyRatiosAreUndefinedAndUnknownKindsAreCounted() {
        EvaluationReport report = Evaluation.evaluate(GOLD, facts(List.of(), List.of(), List.of()));
        assertThat(report.result("project").precision()).isNaN();
        assertThat(report.result("project").recall()).isZero();
        assertThat(report.result("execution").recall()).isNaN();
        assertThat(report.missingFiles()).containsExactly("000_test.txt");
        assertThat(report.ignoredKinds()).containsEntry("narrative", 1);
        assertThat(report.goldRecords()).isEqualTo(5);
    }

    @Test
    void indicatorScoreIsQualifiedWhileTheNormaliserHasNotRun() {
        EvaluationReport empty = Evaluation.evaluate(GOLD, facts(List.of(), List.of(),
                List.of(indicator(1, "住院情况", "18495人", null, null, null))));
        assertThat(empty.result("indicator").notes()).singleElement().asString().contains("normaliser");
        EvaluationReport parsed = Evaluation.evaluate(GOLD, facts(List.of(), List.of(),
                List.of(indicator(1, "住院情况", "18495人", "=", 18495.0, "人"))));
        assertThat(parsed.result("indicator").notes()).isEmpty();
    }

    @Test
    void totalsAreScoredInTheCellsTheGoldLabels() {
        // the gold labels the grand total's 合计 column only: the 基本支出 column of that row and the
        // 年初结转 row are facts it says nothing about; a wrong 合计 still counts against precision
        GoldFile gold = GoldFile.parse("test.jsonl", List.of(
                "{\"kind\": \"total\", \"file\": \"000_test.txt\", \"table\": \"支出预算总表\", \"label\": \"合计\", "
                        + "\"column\": \"合计\", \"value_wan\": 1.0}",
                "{\"kind\": \"total\", \"file\": \"000_test.txt\", \"table\": \"收入预算总表\", \"label\": \"合计\", "
                        + "\"column\": \"合计\", \"value_wan\": 2.0}"));
        WarehouseFacts warehouse = new WarehouseFacts(List.of(document("budget", null)), List.of(), List.of(), List.of(),
                List.of(Fixtures.total("支出预算总表", "合计", null, "支出预算-合计", "10000.00"),
                        Fixtures.total("支出预算总表", "合计", null, "支出预算-基本支出", "6000.00"),
                        Fixtures.total("支出预算总表", "年初结转和结余", null, "合计", "500.00"),
                        Fixtures.total("收入预算总表", "合计", null, "合计", "30000.00")),
                List.of(), List.of());

        KindResult totals = Evaluation.evaluate(gold, warehouse).result("total");

        assertThat(totals.scored()).isEqualTo(2);
        assertThat(totals.unscored()).isEqualTo(2);
        assertThat(totals.matched()).isEqualTo(1);
        assertThat(totals.precision()).isEqualTo(0.5);
    }

    @Test
    void onlyTheLabelledFirstRowsOfALongFunctionTableAreScored() {
        GoldFile gold = GoldFile.parse("test.jsonl", List.of(
                "{\"kind\": \"document\", \"file\": \"000_test.txt\", \"function_table\": \"一般公共预算支出表\", "
                        + "\"function_table_rows\": 3, \"function_table_rows_labelled\": 2}",
                "{\"kind\": \"budget_line\", \"file\": \"000_test.txt\", \"table\": \"一般公共预算支出表\", "
                        + "\"code\": \"210\", \"name\": \"卫生健康支出\", \"total_wan\": 3.0}",
                "{\"kind\": \"budget_line\", \"file\": \"000_test.txt\", \"table\": \"一般公共预算支出表\", "
                        + "\"code\": \"21013\", \"name\": \"医疗救助\", \"total_wan\": 2.0}"));
        WarehouseFacts warehouse = new WarehouseFacts(List.of(), List.of(), List.of(),
                List.of(new WarehouseFacts.BudgetLine(Fixtures.PATH, 12, "一般公共预算支出表", "21013", "医疗救助",
                                Fixtures.yuan("20000"), null, null),
                        new WarehouseFacts.BudgetLine(Fixtures.PATH, 11, "一般公共预算支出表", "210", "卫生健康支出",
                                Fixtures.yuan("31000"), null, null),
                        new WarehouseFacts.BudgetLine(Fixtures.PATH, 13, "一般公共预算支出表", "2101301", "城乡医疗救助",
                                Fixtures.yuan("20000"), null, null)),
                List.of(), List.of(), List.of());

        KindResult lines = Evaluation.evaluate(gold, warehouse).result("budget_line");

        assertThat(lines.scored()).isEqualTo(2);
        assertThat(lines.unscored()).isEqualTo(1);
        assertThat(lines.matched()).isEqualTo(1);
    }
}
