package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Self-evaluation forms extracted from PDF: space-separated cells, vertical headings, page breaks. */
class TestProjectFormParserSpacedText {
    private final ProjectFormParser parser = new ProjectFormParser();

    @Test
    void readsASelfEvaluationContinuedAfterAPageFooter() {
        String text = String.join("\n",
                "项目支出绩效自评表",
                "",
                "实施单位 某县医疗保障局 项目名称 医疗救助资金",
                "",
                "年度资金总额： 120 万",
                "",
                "一级指标 二级指标 三级指标 指标值 全年完成值",
                "产",
                "",
                "出",
                "",
                "指",
                "",
                "标",
                "数量指标 救助人数 500 人 520 人",
                "质量指标 报销准确率 100% 99%",
                "",
                "— 7 —",
                "",
                "时效指标 结算及时率 100% 100%",
                "满",
                "意",
                "度",
                "指",
                "标",
                "服务对象",
                "满意度指",
                "标",
                "社会公众满意度 95% 96%",
                "说",
                "明",
                "注：各地请根据实际情况填报",
                "");

        ProjectForm form = parser.parse(TextCleaner.clean("pdf.txt", text)).forms().get(0);

        assertThat(form.formKind()).isEqualTo(FormKind.SELF_EVALUATION);
        assertThat(form.projectName()).isEqualTo("医疗救助资金");
        assertThat(form.implementingUnit()).isEqualTo("某县医疗保障局");
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("1200000"));
        assertThat(form.indicators()).hasSize(4);
        Indicator count = form.indicators().get(0);
        assertThat(count.level1()).isEqualTo("产出指标");
        assertThat(count.level2()).isEqualTo("数量指标");
        assertThat(count.valueRaw()).isEqualTo("500 人");
        assertThat(count.actualRaw()).isEqualTo("520 人");
        Indicator afterBreak = form.indicators().get(2);
        assertThat(afterBreak.name()).isEqualTo("结算及时率");
        assertThat(afterBreak.level2()).isEqualTo("时效指标");
        assertThat(afterBreak.sourceLine()).isEqualTo(20);
        Indicator satisfaction = form.indicators().get(3);
        assertThat(satisfaction.level1()).isEqualTo("满意度指标");
        assertThat(satisfaction.level2()).isEqualTo("服务对象满意度指标");
        assertThat(satisfaction.actualRaw()).isEqualTo("96%");
    }

    /** A self-evaluation with the given indicator lines between a header and a satisfaction row. */
    private ProjectForm selfEvaluation(String... indicatorLines) {
        List<String> lines = new ArrayList<>(List.of("项目支出绩效自评表", "项目名称 医疗救助资金 实施单位 某县医疗保障局",
                "年度资金总额： 120 万", "一级指标 二级指标 三级指标 指标值 全年完成值"));
        lines.addAll(List.of(indicatorLines));
        lines.addAll(List.of("服务对象满意度指标", "社会公众满意度 95% 96%", ""));
        return parser.parse(TextCleaner.clean("pdf.txt", String.join("\n", lines))).forms().get(0);
    }

    @Test
    void rebuildsARowWhoseWrappedCellsAreInterleavedAcrossAPageBreak() {
        // name column 15 wide, value 11, actual 7; the break cuts all three cells, whose tails
        // come back as one line of two pieces and two lone lines
        ProjectForm form = selfEvaluation(
                "可持续影",
                "",
                "响指标",
                "",
                "健全困难群众医疗救助长效机制，",
                "",
                "巩固拓展脱贫攻坚成果同乡村振兴",
                "",
                "救助制度运行平稳，救助",
                "",
                "对象应救尽救，防止规模",
                "",
                "机制运行平稳，",
                "",
                "成果持续巩固",
                "",
                "— 9 —",
                "",
                " 有效衔接 性返贫的底线坚决守牢",
                "",
                "住",
                "",
                "并扩大",
                "",
                "……",
                "",
                "满意度指标");

        assertThat(form.indicators()).hasSize(2);
        Indicator sustained = form.indicators().get(0);
        assertThat(sustained.level2()).isEqualTo("可持续影响指标");
        assertThat(sustained.name()).isEqualTo("健全困难群众医疗救助长效机制，巩固拓展脱贫攻坚成果同乡村振兴有效衔接");
        assertThat(sustained.valueRaw()).isEqualTo("救助制度运行平稳，救助对象应救尽救，防止规模性返贫的底线坚决守牢住");
        assertThat(sustained.actualRaw()).isEqualTo("机制运行平稳，成果持续巩固并扩大");
        assertThat(form.indicators().get(1).name()).isEqualTo("社会公众满意度");
    }

    @Test
    void aLoneHeadingCharacterAfterAnOrdinaryWrappedTailStartsItsOwnRow() {
        ProjectForm form = selfEvaluation(
                "社会效益",
                "指标",
                "减轻困难群众医疗费用负担，有",
                "效防止因病致贫",
                "减轻困难群众医疗负",
                "担，成效明显",
                "社会效益良好",
                " 返贫 显著",
                "满",
                "意",
                "度",
                "指",
                "标");

        assertThat(form.indicators()).hasSize(2);
        assertThat(form.indicators().get(0).name()).isEqualTo("减轻困难群众医疗费用负担，有效防止因病致贫返贫");
        assertThat(form.indicators().get(0).actualRaw()).isEqualTo("社会效益良好");
        assertThat(form.indicators().get(1).level1()).isEqualTo("满意度指标");
    }
}
