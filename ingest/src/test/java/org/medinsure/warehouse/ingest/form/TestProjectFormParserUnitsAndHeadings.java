package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Where a form declares its units (单位 line, amount label, level-2 heading), merged level-2 cells
 * printed below the first row of their group, and heading words split over rows.
 */
class TestProjectFormParserUnitsAndHeadings {
    private final ProjectFormParser parser = new ProjectFormParser();

    private ProjectForm parse(String... lines) {
        return parser.parse(TextCleaner.clean("variant.txt", String.join("\n", lines))).forms().get(0);
    }

    private static List<Tuple> levelsAndUnits(ProjectForm form) {
        return form.indicators().stream()
                .map(indicator -> tuple(indicator.name(), indicator.level2(), indicator.unitHint()))
                .toList();
    }

    @Test
    void declaredUnitIsTheUnitLineElseTheAmountLabelNeverTheAmountsOwnSuffix() {
        ProjectForm unitLine = parse("2022年项目支出绩效目标表", "填报单位：某县医疗保障局     单位：元", "项目支出名称", "救助资金",
                "年度预算金额", "860000", "三级指标", "指标值", "救助人数", "39人", "");
        ProjectForm amountLabel = parse("项目绩效目标申报表", "项目名称\t救助资金", "年度财政拨款（万元）\t86", "",
                "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t成本指标\t救助资金\t86", "");
        ProjectForm suffixOnly = parse("项目绩效目标申报表", "项目名称\t救助资金", "年度财政拨款\t86 万元", "",
                "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t成本指标\t救助资金\t86", "");

        assertThat(unitLine.declaredUnit()).isEqualTo("元");
        assertThat(unitLine.budgetYuan()).isEqualByComparingTo(new BigDecimal("860000"));
        assertThat(amountLabel.declaredUnit()).isEqualTo("万元");
        assertThat(suffixOnly.declaredUnit()).isNull();
        assertThat(suffixOnly.budgetYuan()).isEqualByComparingTo(new BigDecimal("860000"));
    }

    @Test
    void centredCostLabelTakesTheRowAboveItAndKeepsItsWrappedUnit() {
        // the 成本指标（万元） cell spans three rows and is printed on the second and third
        ProjectForm form = parse(
                "2022年项目支出绩效目标申报表",
                "\t项目名称",
                "\t城乡居民基本医疗保险基金",
                "\t资金总额",
                "\t900万元",
                "",
                "\t一级指标",
                "\t二级指标",
                "\t指标内容",
                "\t指标值",
                "",
                "\t产出指标",
                "\t",
                "\t住院情况（人次）",
                "\t1500",
                "",
                "\t",
                "\t数量指标",
                "\t门诊情况（人次）",
                "\t3300",
                "",
                "\t",
                "\t",
                "\t门诊大病（人次）",
                "\t1200",
                "",
                "\t",
                "\t质量指标",
                "\t资金使用率",
                "\t99%",
                "",
                "\t",
                "\t",
                "\t住院支出",
                "\t480",
                "",
                "\t",
                "\t成本指标",
                "\t门诊支出",
                "\t300",
                "",
                "\t",
                "\t（万元）",
                "\t大病支出",
                "\t120",
                "",
                "\t",
                "\t时效指标",
                "\t结算时间",
                "\t每月底",
                "");

        assertThat(levelsAndUnits(form)).containsExactly(
                tuple("住院情况（人次）", "数量指标", null),
                tuple("门诊情况（人次）", "数量指标", null),
                tuple("门诊大病（人次）", "数量指标", null),
                tuple("资金使用率", "质量指标", null),
                tuple("住院支出", "成本指标", "万元"),
                tuple("门诊支出", "成本指标", "万元"),
                tuple("大病支出", "成本指标", "万元"),
                tuple("结算时间", "时效指标", null));
        assertThat(form.declaredUnit()).isNull();
    }

    @Test
    void labelsOnTheFirstRowOfTheirGroupKeepTheirRowsAndAnInlineUnitIsKept() {
        ProjectForm form = parse(
                "项目绩效目标申报表",
                "项目名称\t救助资金",
                "年度财政拨款\t86 万元",
                "",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t离休人员\t39人",
                "\t\t伤残军人\t406人",
                "\t成本指标（万元）\t离休人员医保费\t40",
                "\t\t伤残军人医保费\t46",
                "\t质量指标\t及时足额\t100%",
                "");

        assertThat(levelsAndUnits(form)).containsExactly(
                tuple("离休人员", "数量指标", null),
                tuple("伤残军人", "数量指标", null),
                tuple("离休人员医保费", "成本指标", "万元"),
                tuple("伤残军人医保费", "成本指标", "万元"),
                tuple("及时足额", "质量指标", null));
    }

    @Test
    void headingSplitOverRowsIsJoinedWhenItsLastPieceStartsAFullRow() {
        ProjectForm form = parse(
                "项目绩效目标申报表",
                "项目名称\t居民医保区级补助",
                "年度财政拨款 (万元)\t1677.13 万元",
                "",
                "年度绩效指标\t一级指标\t二级指标\t指标内容\t指标值\t备注",
                "\t效益指标\t社会效益指标\t城乡居民参保率\t96%以上\t",
                "可持续影\t\t\t\t",
                "",
                "",
                "\t\t响指标\t医保基金运行\t持续稳定\t",
                "\t满意度指标\t服务对象满意度指标\t参保居民满意度\t≥90%\t",
                "");

        assertThat(form.indicators()).extracting(Indicator::name, Indicator::level2, Indicator::valueRaw)
                .containsExactly(
                tuple("城乡居民参保率", "社会效益指标", "96%以上"),
                tuple("医保基金运行", "可持续影响指标", "持续稳定"),
                tuple("参保居民满意度", "服务对象满意度指标", "≥90%"));
    }
}
