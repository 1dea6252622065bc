package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Vertically merged 一级/二级 cells: some exports repeat the merged text on every row it covers,
 * others print it once and leave the rows below blank. Both must give the same indicator rows, in
 * every layout.
 */
class TestProjectFormParserMergedCells {
    /** The five rows every variant below prints, with the headings each row belongs to. */
    private static final List<Tuple> ROWS = List.of(
            tuple("产出指标", "数量指标", "接入定点医药机构数", "≥120家"),
            tuple("产出指标", "数量指标", "医保电子凭证激活人数", "≥20万人"),
            tuple("产出指标", "质量指标", "系统正常运行率", "≥99%"),
            tuple("效益指标", "社会效益指标", "群众办事跑腿次数", "明显减少"),
            tuple("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥95%"));

    private static final List<String> HEADER = List.of(
            "项目支出绩效目标表",
            "项目名称\t医疗保障信息化建设",
            "主管部门\t青溪县医疗保障局",
            "年度资金总额（万元）\t45");

    private final ProjectFormParser parser = new ProjectFormParser();

    private ProjectForm parse(String name, List<String> lines) {
        List<ProjectForm> forms = parser.parse(TextCleaner.clean(name, String.join("\n", lines) + "\n")).forms();
        assertThat(forms).hasSize(1);
        return forms.get(0);
    }

    private static List<String> withHeader(String... table) {
        List<String> lines = new ArrayList<>(HEADER);
        lines.addAll(List.of(table));
        return lines;
    }

    /** The header fields as pdftotext -raw prints them: label and value joined by one space. */
    private static List<String> withHeaderJoined(String... table) {
        List<String> lines = new ArrayList<>(List.of(
                "项目支出绩效目标表",
                "项目名称 医疗保障信息化建设",
                "主管部门 青溪县医疗保障局",
                "年度资金总额（万元） 45"));
        lines.addAll(List.of(table));
        return lines;
    }

    private static void assertRows(ProjectForm form) {
        assertThat(form.projectName()).isEqualTo("医疗保障信息化建设");
        assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name,
                Indicator::valueRaw).containsExactlyElementsOf(ROWS);
    }

    @Test
    void tabRowsRepeatingTheMergedHeadingsOnEveryRow() {
        ProjectForm form = parse("filled.txt", withHeader(
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t接入定点医药机构数\t≥120家",
                "产出指标\t数量指标\t医保电子凭证激活人数\t≥20万人",
                "产出指标\t质量指标\t系统正常运行率\t≥99%",
                "效益指标\t社会效益指标\t群众办事跑腿次数\t明显减少",
                "满意度指标\t服务对象满意度指标\t参保群众满意度\t≥95%"));

        assertRows(form);
        // the label's （万元） gives the unit: 45 万元
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("450000"));
    }

    @Test
    void tabRowsPrintingTheMergedHeadingsOnceAreCarriedDown() {
        ProjectForm form = parse("once.txt", withHeader(
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t接入定点医药机构数\t≥120家",
                "\t\t医保电子凭证激活人数\t≥20万人",
                "\t质量指标\t系统正常运行率\t≥99%",
                "效益指标\t社会效益指标\t群众办事跑腿次数\t明显减少",
                "满意度指标\t服务对象满意度指标\t参保群众满意度\t≥95%"));

        assertRows(form);
        // each row keeps its own line, carried headings or not
        assertThat(form.indicators()).extracting(Indicator::sourceLine).containsExactly(6, 7, 8, 9, 10);
    }

    @Test
    void pipeRowsRepeatingTheMergedHeadingsOnEveryRow() {
        ProjectForm form = parse("filled.md", withHeader(
                "",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| --- | --- | --- | --- |",
                "| 产出指标 | 数量指标 | 接入定点医药机构数 | ≥120家 |",
                "| 产出指标 | 数量指标 | 医保电子凭证激活人数 | ≥20万人 |",
                "| 产出指标 | 质量指标 | 系统正常运行率 | ≥99% |",
                "| 效益指标 | 社会效益指标 | 群众办事跑腿次数 | 明显减少 |",
                "| 满意度指标 | 服务对象满意度指标 | 参保群众满意度 | ≥95% |"));

        assertRows(form);
    }

    @Test
    void pipeRowsLeavingMergedCellsBlankAreCarriedDown() {
        ProjectForm form = parse("once.md", withHeader(
                "",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "|:---:|:---:|---|---|",
                "| 产出指标 | 数量指标 | 接入定点医药机构数 | ≥120家 |",
                "|  |  | 医保电子凭证激活人数 | ≥20万人 |",
                "|  | 质量指标 | 系统正常运行率 | ≥99% |",
                "| 效益指标 | 社会效益指标 | 群众办事跑腿次数 | 明显减少 |",
                "| 满意度指标 | 服务对象满意度指标 | 参保群众满意度 | ≥95% |"));

        assertRows(form);
    }

    @Test
    void alignedTextPrintingTheMergedHeadingsOnceAreCarriedDown() {
        // pdftotext -layout: blank merged positions are spaces under their column
        ProjectForm form = parse("once-aligned.txt", List.of(
                "                         项目支出绩效目标表",
                "项目名称        医疗保障信息化建设",
                "主管部门        青溪县医疗保障局",
                "年度资金总额（万元）    45",
                "一级指标      二级指标              三级指标                指标值",
                "产出指标      数量指标              接入定点医药机构数      ≥120家",
                "                                    医保电子凭证激活人数    ≥20万人",
                "              质量指标              系统正常运行率          ≥99%",
                "效益指标      社会效益指标          群众办事跑腿次数        明显减少",
                "满意度指标    服务对象满意度指标    参保群众满意度          ≥95%"));

        assertRows(form);
    }

    @Test
    void alignedTextRepeatingTheMergedHeadingsOnEveryRow() {
        ProjectForm form = parse("filled-aligned.txt", List.of(
                "                         项目支出绩效目标表",
                "项目名称        医疗保障信息化建设",
                "主管部门        青溪县医疗保障局",
                "年度资金总额（万元）    45",
                "一级指标      二级指标              三级指标                指标值",
                "产出指标      数量指标              接入定点医药机构数      ≥120家",
                "产出指标      数量指标              医保电子凭证激活人数    ≥20万人",
                "产出指标      质量指标              系统正常运行率          ≥99%",
                "效益指标      社会效益指标          群众办事跑腿次数        明显减少",
                "满意度指标    服务对象满意度指标    参保群众满意度          ≥95%"));

        assertRows(form);
    }

    @Test
    void spaceJoinedRowsRepeatingTheMergedHeadingsOnEveryRow() {
        // pdftotext -raw: cells joined by single spaces, the merged headings repeated
        ProjectForm form = parse("raw.txt", withHeaderJoined(
                "一级指标 二级指标 三级指标 指标值",
                "产出指标 数量指标 接入定点医药机构数 ≥120家",
                "产出指标 数量指标 医保电子凭证激活人数 ≥20万人",
                "产出指标 质量指标 系统正常运行率 ≥99%",
                "效益指标 社会效益指标 群众办事跑腿次数 明显减少",
                "满意度指标 服务对象满意度指标 参保群众满意度 ≥95%"));

        assertRows(form);
    }

    @Test
    void spaceJoinedRowsPrintingTheMergedHeadingsOnce() {
        // pdftotext -raw drops blank cells: a row under merged headings starts with its name
        ProjectForm form = parse("raw.txt", withHeaderJoined(
                "一级指标 二级指标 三级指标 指标值",
                "产出指标 数量指标 接入定点医药机构数 ≥120家",
                "医保电子凭证激活人数 ≥20万人",
                "质量指标 系统正常运行率 ≥99%",
                "效益指标 社会效益指标 群众办事跑腿次数 明显减少",
                "满意度指标 服务对象满意度指标 参保群众满意度 ≥95%"));

        assertRows(form);
    }
}
