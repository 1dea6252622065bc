package org.medinsure.warehouse.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.document;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.execution;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.gold;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.indicator;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.line;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.project;
import static org.medinsure.warehouse.cli.evaluate.Fixtures.total;

import org.junit.jupiter.api.Test;

/** Keys and comparisons of each matcher on hand-made records. */
class TestMatchers {
    private static final GoldRecord PROJECT = gold("{'kind': 'project', 'file': '000_test.txt', 'form_index': 1, "
            + "'name': '2020年度贫困人口医疗救助资金项目', 'budget_wan': 350.0, 'implementing_unit': '不比较'}");

    @Test
    void projectNameDifferingOnlyInWhitespaceMatches() {
        ProjectMatcher matcher = new ProjectMatcher();
        var fact = project(1, "2020 年度贫困人口医疗\u3000救助资金项目\n", "3500000.00");
        assertThat(matcher.key(fact)).isEqualTo(matcher.key(PROJECT));
        assertThat(matcher.differences(PROJECT, fact)).isEmpty();
    }

    @Test
    void projectBudgetOffByOneHundredthOfAWanDoesNotMatch() {
        assertThat(new ProjectMatcher().differences(PROJECT, project(1, "2020年度贫困人口医疗救助资金项目", "3500100.00")))
                .containsExactly("budget: gold 350.0 万元 = 3500000.00 元, warehouse 3500100.00 元");
    }

    @Test
    void projectBudgetIsComparedToTheFenWhateverTheScale() {
        assertThat(new ProjectMatcher().differences(PROJECT, project(1, "2020年度贫困人口医疗救助资金项目", "3500000")))
                .isEmpty();
        assertThat(new ProjectMatcher().differences(PROJECT, project(1, "2020年度贫困人口医疗救助资金项目", null)))
                .containsExactly("budget: gold 350.0 万元 = 3500000.00 元, warehouse null");
    }

    @Test
    void projectsAreKeyedByFormPositionNotName() {
        ProjectMatcher matcher = new ProjectMatcher();
        assertThat(matcher.key(project(2, "2020年度贫困人口医疗救助资金项目", "3500000.00")))
                .isNotEqualTo(matcher.key(PROJECT));
    }

    @Test
    void aGoldFieldThatIsAbsentIsNotCompared() {
        GoldRecord withoutBudget = gold("{'kind': 'project', 'file': '000_test.txt', 'form_index': 1, "
                + "'name': '2020年度贫困人口医疗救助资金项目'}");
        assertThat(new ProjectMatcher().differences(withoutBudget, project(1, "2020年度贫困人口医疗救助资金项目", null)))
                .isEmpty();
    }

    @Test
    void aGoldNullRequiresNullNotZero() {
        GoldRecord row = gold("{'kind': 'budget_line', 'file': '000_test.txt', 'table': '支出决算表', 'code': '2101301', "
                + "'name': '城乡医疗救助', 'total_wan': 622.19, 'basic_wan': null, 'project_wan': 622.19}");
        BudgetLineMatcher matcher = new BudgetLineMatcher();
        assertThat(matcher.differences(row, line("支出决算表", "2101301", "城乡医疗救助", "6221900.00", null, "6221900.00")))
                .isEmpty();
        assertThat(matcher.differences(row, line("支出决算表", "2101301", "城乡医疗救助", "6221900.00", "0.00", "6221900.00")))
                .containsExactly("basic: gold null, warehouse 0.00 元");
    }

    @Test
    void budgetLineSubtotalsAreComparedOnlyWhereTheGoldGivesThem() {
        GoldRecord row = gold("{'kind': 'budget_line', 'file': '000_test.txt', 'table': '收入决算表', 'code': '210', "
                + "'name': '卫生健康支出', 'total_wan': 1453.91}");
        assertThat(new BudgetLineMatcher().differences(row,
                line("收入决算表", "210", "卫生健康支出", "14539100.00", "1.00", "2.00"))).isEmpty();
    }

    @Test
    void budgetLineWithoutCodeIsKeyedByName() {
        BudgetLineMatcher matcher = new BudgetLineMatcher();
        GoldRecord row = gold("{'kind': 'budget_line', 'file': '000_test.txt', 'table': '财政拨款收入支出决算总表', "
                + "'code': null, 'name': '其他支出', 'total_wan': 85.54}");
        var byName = line("财政拨款收入支出决算总表", null, "其他 支出", "855400.00", null, null);
        assertThat(matcher.key(byName)).isEqualTo(matcher.key(row));
        assertThat(matcher.differences(row, byName)).isEmpty();
        assertThat(matcher.key(line("财政拨款收入支出决算总表", "229", "其他支出", "855400.00", null, null)))
                .isNotEqualTo(matcher.key(row));
    }

    @Test
    void budgetLineNameMustAgreeWithItsCode() {
        GoldRecord row = gold("{'kind': 'budget_line', 'file': '000_test.txt', 'table': '支出决算表', 'code': '22999', "
                + "'name': '其他支出', 'total_wan': 558.5}");
        assertThat(new BudgetLineMatcher().differences(row, line("支出决算表", "22999", "彩票公益金安排的支出", "5585000.00",
                null, null))).containsExactly("name: gold \"其他支出\", warehouse \"彩票公益金安排的支出\"");
    }

    @Test
    void totalWithoutGoldColumnMatchesWhateverColumnTheWarehouseNames() {
        TotalMatcher matcher = new TotalMatcher();
        GoldRecord single = gold("{'kind': 'total', 'file': '000_test.txt', 'table': '收入支出决算总表', "
                + "'label': '本年收入合计', 'wan': 2233.95, 'side': '收入'}");
        assertThat(matcher.differences(single, total("收入支出决算总表", "本年收入合计", "收入", "决算数", "22339500.00")))
                .isEmpty();
        assertThat(matcher.differences(single, total("收入支出决算总表", "本年收入合计", "支出", "决算数", "22339500.00")))
                .containsExactly("side: gold \"收入\", warehouse \"支出\"");
    }

    @Test
    void totalWithGoldColumnNeedsThatColumn() {
        GoldRecord column = gold("{'kind': 'total', 'file': '000_test.txt', 'table': '支出决算表', 'label': '合计', "
                + "'wan': 673.88, 'column': '基本支出'}");
        assertThat(new TotalMatcher().differences(column, total("支出决算表", "合计", null, "项目支出", "6738800.00")))
                .containsExactly("column: gold \"基本支出\", warehouse \"项目支出\"");
    }

    @Test
    void indicatorTargetsAreComparedExactly() {
        IndicatorMatcher matcher = new IndicatorMatcher();
        GoldRecord rate = gold("{'kind': 'indicator', 'file': '000_test.txt', 'form_index': 1, 'name': '政策知晓率', "
                + "'raw_value': '≥95%', 'comparator': '>=', 'number': 95.0, 'unit': '%', 'qualitative': null}");
        assertThat(matcher.differences(rate, indicator(1, "政策 知晓率", "≥95%", ">=", 95.0, "%"))).isEmpty();
        assertThat(matcher.differences(rate, indicator(1, "政策知晓率", "≥95%", ">=", 0.95, "%")))
                .containsExactly("number: gold 95.0, warehouse 0.95");
        assertThat(matcher.differences(rate, indicator(1, "政策知晓率", "≥95%", null, null, null))).hasSize(3);
    }

    @Test
    void qualitativeIndicatorNeedsNullTargets() {
        GoldRecord words = gold("{'kind': 'indicator', 'file': '000_test.txt', 'form_index': 1, 'name': '节约医疗费用', "
                + "'raw_value': '有效节约', 'comparator': null, 'number': null, 'unit': null, 'qualitative': '有效节约'}");
        assertThat(new IndicatorMatcher().differences(words, indicator(1, "节约医疗费用", "有效节约", null, null, null)))
                .isEmpty();
        assertThat(new IndicatorMatcher().differences(words, indicator(1, "节约医疗费用", "有效节约", "=", 1.0, null)))
                .containsExactly("comparator: gold null, warehouse \"=\"", "number: gold null, warehouse 1.0");
    }

    @Test
    void indicatorRawValueIgnoresWhitespaceAndTheParsedColumns() {
        GoldRecord rate = gold("{'kind': 'indicator', 'file': '000_test.txt', 'form_index': 3, 'name': '城乡居民满意度', "
                + "'raw_value': '群众满意度 ≥99', 'comparator': '>=', 'number': 99.0, 'unit': null}");
        IndicatorRawValueMatcher matcher = new IndicatorRawValueMatcher();
        assertThat(matcher.differences(rate, indicator(3, "城乡居民满意度", "群众满意度≥99", null, null, null))).isEmpty();
        assertThat(matcher.differences(rate, indicator(3, "城乡居民满意度", "≥99", null, null, null)))
                .containsExactly("raw value: gold \"群众满意度 ≥99\", warehouse \"≥99\"");
        assertThat(matcher.key(indicator(2, "城乡居民满意度", "群众满意度≥99", null, null, null)))
                .isNotEqualTo(matcher.key(rate));
    }

    @Test
    void executionRateIsComparedOnlyWhereTheGoldGivesOne() {
        ExecutionMatcher matcher = new ExecutionMatcher();
        GoldRecord tableOnly = gold("{'kind': 'execution', 'file': '000_test.txt', 'item': '公务用车运行费', "
                + "'budget_wan': 0.13, 'final_wan': 0.13, 'rate_pct': null}");
        assertThat(matcher.differences(tableOnly, execution("公务用车 运行费", "1300.00", "1300.00", null))).isEmpty();
        assertThat(matcher.differences(tableOnly, execution("公务用车运行费", "1300.00", "1300.00", 100.0)))
                .containsExactly("rate: gold null, warehouse 100.0");
        GoldRecord withoutRate = gold("{'kind': 'execution', 'file': '000_test.txt', 'item': '公务接待费', "
                + "'budget_wan': 0.72, 'final_wan': 0.72}");
        assertThat(matcher.differences(withoutRate, execution("公务接待费", "7200.00", "7200.00", 100.0))).isEmpty();
    }

    @Test
    void documentComparesCanonicalFieldsAndANullPrefecture() {
        GoldRecord jiyuan = gold("{'kind': 'document', 'file': '山东省/000_test.txt', 'province': '山东省', "
                + "'prefecture': null, 'county': '阳谷县', 'year': 2020, 'doc_type': 'budget', 'department': '不比较'}");
        DocumentMatcher matcher = new DocumentMatcher();
        assertThat(matcher.key(document("budget", null))).isEqualTo(matcher.key(jiyuan));
        assertThat(matcher.differences(jiyuan, document("budget", null))).isEmpty();
        assertThat(matcher.differences(jiyuan, document("declaration", "聊城市"))).containsExactly(
                "doc_type: gold \"budget\", warehouse \"declaration\"", "prefecture: gold null, warehouse \"聊城市\"");
    }
    @Test
    void aStackedColumnHeaderMatchesItsLowerLevelButNotAnotherColumn() {
        TotalMatcher matcher = new TotalMatcher();
        GoldRecord provincial = gold("{'kind': 'total', 'file': '000_test.txt', 'table': '项目支出绩效目标汇总表', "
                + "'label': '合计', 'column': '其中-省级', 'wan': 576.4}");
        assertThat(matcher.differences(provincial, total("项目支出绩效目标汇总表", "合计", null, "省级", "5764000.00")))
                .isEmpty();
        assertThat(matcher.differences(provincial, total("项目支出绩效目标汇总表", "合计", null, "市级", "5764000.00")))
                .containsExactly("column: gold \"其中-省级\", warehouse \"市级\"");
        assertThat(matcher.differences(provincial, total("项目支出绩效目标汇总表", "合计", null, "级", "5764000.00")))
                .hasSize(1);
    }

    @Test
    void theRealPdfGoldSpellingIsReadAndASideIsComparedWhereBothStateOne() {
        GoldRecord income = gold("{'kind': 'total', 'file': '000_test.txt', 'table': '部门收入预算总表', "
                + "'label': '合计', 'side': 'income', 'column': '合计', 'value_wan': 3121.42058}");
        TotalMatcher matcher = new TotalMatcher();
        // a one-sided table: the warehouse names no side, and the amount is read from value_wan
        assertThat(matcher.differences(income, total("部门收入预算总表", "合计", null, "合计", "31214205.80"))).isEmpty();
        assertThat(matcher.differences(income, total("部门收入预算总表", "合计", "支出", "合计", "31214205.80")))
                .containsExactly("side: gold \"收入\", warehouse \"支出\"");
    }
}
