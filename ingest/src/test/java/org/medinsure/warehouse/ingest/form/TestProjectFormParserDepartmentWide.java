package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.html.HtmlPageRenderer;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Department-wide forms (部门整体支出绩效目标表 / 自评表): one record for the department as a whole,
 * named by the department, of kind {@code department}, numbered after the project forms.
 */
class TestProjectFormParserDepartmentWide {
    private static final String TARGETS = String.join("\n",
            "溪口县医疗保障局2024年部门整体支出绩效目标表",
            "部门（单位）名称\t溪口县医疗保障局",
            "部门预算总额（万元）\t1286.5",
            "年度主要任务\t任务名称\t主要内容",
            "\t医疗保障基金监管\t开展定点医药机构检查",
            "\t医保经办服务\t参保登记和待遇结算",
            "年度总体目标\t确保基金安全运行，提升经办服务水平。",
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
            "\t产出指标\t数量指标\t定点医药机构检查覆盖率\t100%",
            "\t\t时效指标\t医疗费用结算及时率\t≥98%",
            "\t效益指标\t社会效益指标\t基金运行安全\t无重大风险",
            "\t满意度指标\t服务对象满意度指标\t参保群众满意度\t≥92%",
            "");

    private static final String PROJECT = String.join("\n",
            "项目支出绩效目标表",
            "项目名称\t医保经办服务工作经费",
            "主管部门\t溪口县医疗保障局",
            "年度资金总额（万元）\t40",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t经办服务网点\t≥15个",
            "");

    private final ProjectFormParser parser = new ProjectFormParser();

    @Test
    void departmentTargetFormIsOneDepartmentRecordNamedByTheDepartment() {
        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("dept.txt", TARGETS));

        assertThat(result.forms()).singleElement().satisfies(form -> {
            assertThat(form.formKind()).isEqualTo(FormKind.DEPARTMENT);
            assertThat(form.isProjectLevel()).isFalse();
            assertThat(form.projectName()).isEqualTo("溪口县医疗保障局");
            assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("12865000"));
            assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name,
                    Indicator::valueRaw).containsExactly(
                    tuple("产出指标", "数量指标", "定点医药机构检查覆盖率", "100%"),
                    tuple("产出指标", "时效指标", "医疗费用结算及时率", "≥98%"),
                    tuple("效益指标", "社会效益指标", "基金运行安全", "无重大风险"),
                    tuple("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥92%"));
        });
        assertThat(result.contentKinds()).containsExactly(DocumentType.DECLARATION);
    }

    @Test
    void departmentFormComesAfterTheProjectFormsWhereverItIsPrinted() {
        // the project form starts on line 13, right after the twelve lines of the department form
        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("both.txt", TARGETS + PROJECT));

        assertThat(result.forms()).extracting(ProjectForm::formIndex, ProjectForm::formKind, ProjectForm::projectName,
                ProjectForm::sourceLine).containsExactly(
                tuple(1, FormKind.DECLARATION, "医保经办服务工作经费", 13),
                tuple(2, FormKind.DEPARTMENT, "溪口县医疗保障局", 1));
    }

    @Test
    void departmentSelfEvaluationIsADepartmentRecordOfASelfEvaluation() {
        String text = String.join("\n",
                "2023年度部门整体支出绩效自评表",
                "部门名称\t溪口县医疗保障局",
                "年度预算资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "\t年度资金总额\t1180\t1240\t1190.4\t10\t96%\t9.6",
                "年度总体目标\t预期目标\t实际完成情况",
                "\t保障基金安全。\t全年未发生重大基金风险。",
                "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                "\t产出指标\t数量指标\t定点医药机构检查覆盖率\t100%\t100%\t20\t20",
                "\t满意度指标\t服务对象满意度指标\t参保群众满意度\t≥92%\t95%\t10\t10",
                "总分\t\t\t\t\t\t100\t96.6",
                "");

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("dept-self.txt", text));

        assertThat(result.forms()).singleElement().satisfies(form -> {
            // the department-wide word outranks the self-evaluation word in the title
            assertThat(form.formKind()).isEqualTo(FormKind.DEPARTMENT);
            assertThat(form.projectName()).isEqualTo("溪口县医疗保障局");
            assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("12400000"));
            assertThat(form.executedYuan()).isEqualByComparingTo(new BigDecimal("11904000"));
            assertThat(form.executionRatePct()).isEqualTo(96.0);
            assertThat(form.indicators()).extracting(Indicator::name, Indicator::actualRaw).containsExactly(
                    tuple("定点医药机构检查覆盖率", "100%"), tuple("参保群众满意度", "95%"));
        });
        assertThat(result.contentKinds()).containsExactly(DocumentType.SELF_EVALUATION);
    }

    @Test
    void departmentFormInHtmlWithAVerticalIndicatorLabel() {
        String html = String.join("\n",
                "<h3>2024年部门整体支出绩效目标表</h3>",
                "<table>",
                "<tr><td>部门（单位）名称</td><td colspan=\"4\">溪口县医疗保障局</td></tr>",
                "<tr><td>部门预算总额（万元）</td><td colspan=\"4\">1286.5</td></tr>",
                "<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>",
                "<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>定点医药机构检查覆盖率</td><td>100%</td></tr>",
                "<tr><td>时效指标</td><td>医疗费用结算及时率</td><td>≥98%</td></tr>",
                "</table>");

        ProjectForm form = parser.parse(HtmlPageRenderer.render("d.html", html)).forms().get(0);

        // the rowspan of 绩效指标 covers the label column of the table, which holds no indicator
        assertThat(form.formKind()).isEqualTo(FormKind.DEPARTMENT);
        assertThat(form.projectName()).isEqualTo("溪口县医疗保障局");
        assertThat(form.budgetYuan()).isEqualByComparingTo("12865000");
        assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name).containsExactly(
                tuple("产出指标", "数量指标", "定点医药机构检查覆盖率"), tuple("产出指标", "时效指标", "医疗费用结算及时率"));
    }
}
