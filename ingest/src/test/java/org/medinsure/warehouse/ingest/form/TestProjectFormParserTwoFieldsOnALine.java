package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Labelled fields above a table keep their own values: two on one line a gap apart, or one per line above single-space rows. */
class TestProjectFormParserTwoFieldsOnALine {
    private final ProjectFormParser parser = new ProjectFormParser();

    private ProjectFormParser.Result parse(String name, String text) {
        return parser.parse(TextCleaner.clean(name, text));
    }

    @Test
    void twoLabelsOnOneLineEachKeepTheirOwnValue() {
        // a copy from a PDF viewer puts two short fields on one line, separated by spaces
        String text = String.join("\n",
                "项目支出绩效目标表",
                "项目名称：医疗救助资金",
                "主管部门：临川县医疗保障局    实施单位：临川县医疗保障事务中心",
                "年度资金总额：210万元",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t救助人次\t≥3000人次",
                "");

        ProjectForm form = parse("two.txt", text).forms().get(0);

        assertThat(form.projectName()).isEqualTo("医疗救助资金");
        assertThat(form.department()).isEqualTo("临川县医疗保障局");
        assertThat(form.implementingUnit()).isEqualTo("临川县医疗保障事务中心");
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("2100000"));
    }

    @Test
    void twoLabelsOnOneAlignedLine() {
        String text = String.join("\n",
                "                     项目支出绩效目标表",
                "项目名称：医疗救助资金",
                "主管部门：临川县医疗保障局          实施单位：临川县医疗保障事务中心",
                "年度资金总额：210万元",
                "一级指标      二级指标      三级指标          指标值",
                "产出指标      数量指标      救助人次          ≥3000人次",
                "              质量指标      救助政策落实率    100%",
                "满意度指标    满意度        救助对象满意度    ≥90%",
                "");

        ProjectForm form = parse("two.txt", text).forms().get(0);

        assertThat(form.projectName()).isEqualTo("医疗救助资金");
        assertThat(form.department()).isEqualTo("临川县医疗保障局");
        assertThat(form.implementingUnit()).isEqualTo("临川县医疗保障事务中心");
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("2100000"));
        assertThat(form.indicators()).extracting(Indicator::level2).containsExactly("数量指标", "质量指标", "满意度");
    }

    @Test
    void labelLinesAboveASingleSpaceTableStayFields() {
        String text = String.join("\n",
                "项目支出绩效目标表",
                "项目名称：医疗救助资金",
                "主管部门：临川县医疗保障局",
                "实施单位：临川县医疗保障事务中心",
                "年度资金总额：210万元",
                "一级指标 二级指标 三级指标 指标值",
                "产出指标 数量指标 救助人次 ≥3000人次",
                "质量指标 救助政策落实率 100%",
                "满意度指标 服务对象满意度指标 救助对象满意度 ≥90%",
                "");
        ProjectForm form = parser.parse(TextCleaner.clean("raw.txt", text)).forms().get(0);
        assertThat(form.projectName()).isEqualTo("医疗救助资金");
        assertThat(form.department()).isEqualTo("临川县医疗保障局");
        assertThat(form.implementingUnit()).isEqualTo("临川县医疗保障事务中心");
        assertThat(form.budgetYuan()).isEqualByComparingTo("2100000");
        assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name, Indicator::valueRaw)
                .containsExactly(tuple("产出指标", "数量指标", "救助人次", "≥3000人次"),
                        tuple("产出指标", "质量指标", "救助政策落实率", "100%"),
                        tuple("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"));
    }
}
