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
}
