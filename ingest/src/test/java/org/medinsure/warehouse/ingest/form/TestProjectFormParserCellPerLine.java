package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** One-cell-per-line forms, with and without the leading tab that marks a new cell. */
class TestProjectFormParserCellPerLine {
    private final ProjectFormParser parser = new ProjectFormParser();

    @Test
    void joinsACellBrokenOverThreeLinesAndReadsAWideAmount() {
        String text = String.join("\n",
                "2023年项目支出绩效目标表",
                "\t填报单位：某县医疗保障局        单位：万元",
                "",
                "\t预算部门",
                "\t某县医疗保障事务中心",
                "\t项目支出名称",
                "\t城乡居民基本医疗保险",
                "县级配套",
                "资金",
                "\t年度预算金额",
                "\t１，２００．５",
                "",
                "\t一级指标",
                "\t二级指标",
                "\t三级指标",
                "\t指标值",
                "\t绩效标准",
                "\t备注",
                "",
                "\t产出指标",
                "\t数量指标",
                "\t全县参保",
                "人数（人）",
                "\t740000",
                "\t740000",
                "\t",
                "",
                "\t",
                "\t",
                "\t成本指标",
                "\t县级补助资金",
                "\t1300",
                "\t1300",
                "\t按季拨付",
                "",
                "\t社会效益指标",
                "\t维护社会稳定",
                "\t良好",
                "\t良好",
                "\t",
                "");

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("tabled.txt", text));

        ProjectForm form = result.forms().get(0);
        assertThat(form.projectName()).isEqualTo("城乡居民基本医疗保险县级配套资金");
        assertThat(form.implementingUnit()).isEqualTo("某县医疗保障事务中心");
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("12005000"));
        assertThat(form.indicators()).extracting(Indicator::name)
                .containsExactly("全县参保人数（人）", "县级补助资金", "维护社会稳定");
        Indicator cost = form.indicators().get(1);
        assertThat(cost.level1()).isEqualTo("产出指标");
        assertThat(cost.level2()).isEqualTo("成本指标");
        assertThat(cost.valueRaw()).isEqualTo("1300");
        assertThat(cost.standardRaw()).isEqualTo("1300");
        // a 效益 heading under 产出指标 means the form never printed its level-1 heading
        assertThat(form.indicators().get(2).level1()).isNull();
        assertThat(form.indicators().get(2).level2()).isEqualTo("社会效益指标");
        // 1300 万元 of cost indicators against a 1200.5 万元 amount
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.check()).isEqualTo("cost_exceeds_amount");
            assertThat(problem.detail()).contains("tabled.txt").contains("1300");
        });
    }

    @Test
    void regroupsPlainCellsByTheColumnCount() {
        String text = String.join("\n",
                "2022年项目支出绩效目标表",
                "填报单位：某县医疗保障局     单位：万元",
                "项目支出名称",
                "离休人员医疗费",
                "预算部门",
                "某县医疗保障事务中心",
                "年度预算金额",
                "86.4",
                "一级指标",
                "二级指标",
                "三级指标",
                "指标值",
                "绩效标准",
                "产出指标",
                "数量指标",
                "离休人员",
                "39人",
                "",
                "39人",
                "",
                "时效指标",
                "兑付时间",
                "2022年年底前",
                "2022年年底前",
                "财政部门审核意见",
                "");

        ProjectForm form = parser.parse(TextCleaner.clean("plain.txt", text)).forms().get(0);

        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("864000"));
        assertThat(form.indicators()).extracting(Indicator::name, Indicator::valueRaw, Indicator::level2)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("离休人员", "39人", "数量指标"),
                        org.assertj.core.groups.Tuple.tuple("兑付时间", "2022年年底前", "时效指标"));
    }

    /**
     * Plain cells, no row marks, a level label on every row: a name too long for its cell is
     * printed over two lines, so its row has one cell more than the header. The row ends at the
     * next row's level label, and the surplus belongs to the name, not to the value.
     */
    @Test
    void aNameBrokenOverTwoLinesInARowOfPlainCellsKeepsItsValue() {
        String text = String.join("\n",
                "2020年项目支出绩效目标申报表",
                "项目名称",
                "城乡居民基本医疗保险区级财政补助资金",
                "一级指标",
                "二级指标",
                "三级指标",
                "指标值",
                "产出指标",
                "数量指标",
                "城乡居民参保人数",
                "1195020人",
                "效益指标",
                "社会效益指标",
                "减轻参保群众医疗费用负担",
                "明显减轻",
                "效益指标",
                "可持续影响指标",
                "医疗保障制度",
                "持续稳定运行",
                "长期",
                "满意度指标",
                "服务对象满意度指标",
                "参保群众满意度",
                "≥96%");

        ProjectForm form = parser.parse(TextCleaner.clean("plain-cells.txt", text)).forms().get(0);

        assertThat(form.indicators()).extracting(Indicator::name, Indicator::valueRaw).containsExactly(
                org.assertj.core.groups.Tuple.tuple("城乡居民参保人数", "1195020人"),
                org.assertj.core.groups.Tuple.tuple("减轻参保群众医疗费用负担", "明显减轻"),
                org.assertj.core.groups.Tuple.tuple("医疗保障制度持续稳定运行", "长期"),
                org.assertj.core.groups.Tuple.tuple("参保群众满意度", "≥96%"));
        assertThat(form.indicators().get(2).level2()).isEqualTo("可持续影响指标");
        assertThat(form.indicators().get(2).sourceLine()).isEqualTo(18);
    }
}
