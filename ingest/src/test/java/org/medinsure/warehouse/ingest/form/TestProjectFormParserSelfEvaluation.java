package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Self-evaluation forms: the money table by column, actual values, scores, gap reasons, the 总分 row. */
class TestProjectFormParserSelfEvaluation {
    private final ProjectFormParser parser = new ProjectFormParser();

    @Test
    void readsTheMoneyTableByColumnAndStopsTheIndicatorsAtTheTotalScore() {
        String text = String.join("\n",
                "2023年度项目支出绩效自评表",
                "填报单位：某县医疗保障局        单位：万元",
                "项目名称",
                "经办服务工作经费",
                "实施单位",
                "某县医疗保障事务中心",
                "项目资金",
                "（万元）",
                "年初预算数",
                "全年预算数",
                "全年执行数",
                "分值",
                "执行率",
                "得分",
                "年度资金总额",
                "70",
                "80",
                "60",
                "10",
                "75.00%",
                "7.5",
                "其中：当年财政拨款",
                "70",
                "80",
                "60",
                "—",
                "75.00%",
                "—",
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "分值",
                "得分",
                "偏差原因分析及改进措施",
                "产出指标",
                "数量指标",
                "服务参保人数",
                "64.2万人",
                "59.09万人",
                "10",
                "9.2",
                "实际参保人数低于年初预计。",
                "",
                "成本指标",
                "工作经费",
                "80",
                "60",
                "10",
                "10",
                "",
                "满意度指标",
                "服务对象满意度指标",
                "参保群众满意度",
                "≥95",
                "97%",
                "10",
                "10",
                "",
                "总分",
                "100",
                "97.7",
                "自评等级：优",
                "");

        ProjectForm form = parser.parse(TextCleaner.clean("self.txt", text)).forms().get(0);

        assertThat(form.formKind()).isEqualTo(FormKind.SELF_EVALUATION);
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("800000"));
        assertThat(form.executedYuan()).isEqualByComparingTo(new BigDecimal("600000"));
        assertThat(form.declaredUnit()).isEqualTo("万元");
        assertThat(form.indicators()).extracting(Indicator::name, Indicator::valueRaw, Indicator::actualRaw,
                Indicator::scoreRaw, Indicator::gapReason).containsExactly(
                tuple("服务参保人数", "64.2万人", "59.09万人", "9.2", "实际参保人数低于年初预计。"),
                tuple("工作经费", "80", "60", "10", null),
                tuple("参保群众满意度", "≥95", "97%", "10", null));
    }

    @Test
    void aDeclarationWithOnlyABudgetColumnHasNoExecutedAmount() {
        String text = String.join("\n",
                "项目支出绩效目标表",
                "项目名称\t经办服务工作经费",
                "年初预算数\t全年预算数",
                "年度资金总额\t70\t80",
                "",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t成本指标\t工作经费\t80万元",
                "");

        ProjectForm form = parser.parse(TextCleaner.clean("declared.txt", text)).forms().get(0);

        assertThat(form.executedYuan()).isNull();
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("700000"));
    }

    @Test
    void anActualValueWithALabelInWordsStaysOneCell() {
        String text = String.join("\n",
                "绩效目标（自评）申报表",
                "项目名称 医疗扶贫资金 实施单位 某县医疗保障局",
                "年度资金总额： 450 万",
                "二级指标 三级指标 指标值 全年完成值",
                "未完成原因和",
                "改进措施",
                "数量指标 建档立卡参保人数 21318 人 实际需救助 5487 人",
                "质量指标",
                "财政补偿率 100% 100%",
                "");

        ProjectForm form = parser.parse(TextCleaner.clean("pdf.txt", text)).forms().get(0);

        assertThat(form.indicators()).extracting(Indicator::name, Indicator::valueRaw, Indicator::actualRaw,
                Indicator::gapReason).containsExactly(
                tuple("建档立卡参保人数", "21318 人", "实际需救助 5487 人", null),
                tuple("财政补偿率", "100%", "100%", null));
    }
}
