package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * The national project self-evaluation template (财政部 项目支出绩效自评表): the money block 年初预算数 /
 * 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 with 项目资金（万元） over its row labels, score weights in
 * the 一级 cells (产出指标（50分）), 实际完成值 and 偏差原因 columns, and the 总分 row. The cell-per-line
 * print of this template is in {@link TestProjectFormParserSelfEvaluation}; here the tab print,
 * the {@code pdftotext -layout} print and a Word converter's pipe table of one invented form.
 */
class TestProjectFormParserNationalSelfEvaluation {
    /**
     * The indicator rows of the form, as a reader of the printed table sees them: weights are not
     * part of the heading, a wrapped name or reason is one cell.
     */
    private static final List<Tuple> ROWS = List.of(
            tuple("产出指标", "数量指标", "救助人次", "≥8000人次", "8426人次", "20", null),
            tuple("产出指标", "质量指标", "救助政策落实率", "100%", "100%", "15", null),
            tuple("产出指标", "时效指标", "救助资金拨付及时率", "100%", "96%", "14", "部分资金四季度到位"),
            tuple("效益指标", "社会效益指标", "困难群众就医负担", "有效减轻", "有效减轻", "30", null),
            tuple("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "93%", "10", null));

    private static final String TAB_ROWS = String.join("\n",
            "项目支出绩效自评表",
            "（2023年度）",
            "项目名称\t城乡医疗救助补助资金",
            "主管部门\t松岭县医疗保障局\t实施单位\t松岭县医疗保障事务中心",
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "\t年度资金总额\t520\t560\t532\t10\t95%\t9.5",
            "\t其中：当年财政拨款\t520\t560\t532\t—\t95%\t—",
            "\t上年结转资金\t0\t0\t0\t—\t—\t—",
            "\t其他资金\t0\t0\t0\t—\t—\t—",
            "年度总体目标\t预期目标\t实际完成情况",
            "\t资助困难群众参保，落实医疗救助政策。\t全年救助8426人次，政策落实到位。",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "\t产出指标（50分）\t数量指标\t救助人次\t≥8000人次\t8426人次\t20\t20\t",
            "\t\t质量指标\t救助政策落实率\t100%\t100%\t15\t15\t",
            "\t\t时效指标\t救助资金拨付及时率\t100%\t96%\t15\t14\t部分资金四季度到位",
            "\t效益指标（30分）\t社会效益指标\t困难群众就医负担\t有效减轻\t有效减轻\t30\t30\t",
            "\t满意度指标（10分）\t服务对象满意度指标\t救助对象满意度\t≥90%\t93%\t10\t10\t",
            "总分\t\t\t\t\t\t100\t98.5\t",
            "");

    /** The same form as pdftotext -layout prints it: cells wrapped inside their columns. */
    private static final String ALIGNED = String.join("\n",
            "                              项目支出绩效自评表",
            "                                 （2023年度）",
            "项目名称        城乡医疗救助补助资金",
            "主管部门        松岭县医疗保障局            实施单位        松岭县医疗保障事务中心",
            "项目资金（万元）        年初预算数  全年预算数  全年执行数  分值    执行率    得分",
            "年度资金总额            520         560         532         10      95%       9.5",
            "其中：当年财政拨款      520         560         532         —       95%       —",
            "上年结转资金            0           0           0           —       —         —",
            "",
            "一级指标            二级指标            三级指标                  年度指标值    实际完成值  分值  得分  偏差原因分析",
            "                                                                                                        及改进措施",
            "产出指标（50分）    数量指标            救助人次                  ≥8000人次     8426人次    20    20",
            "                    质量指标            救助政策落实率            100%          100%        15    15",
            "                    时效指标            救助资金拨付及时          100%          96%         15    14    部分资金四季度",
            "                                        率                                                              到位",
            "效益指标（30分）    社会效益指标        困难群众就医负担          有效减轻      有效减轻    30    30",
            "满意度指标（10分）  服务对象满意度      救助对象满意度            ≥90%          93%         10    10",
            "                    指标",
            "总分                                                                                        100   98.5",
            "");

    private final ProjectFormParser parser = new ProjectFormParser();

    private static void assertNationalForm(ProjectForm form) {
        assertThat(form.formKind()).isEqualTo(FormKind.SELF_EVALUATION);
        assertThat(form.projectName()).isEqualTo("城乡医疗救助补助资金");
        assertThat(form.department()).isEqualTo("松岭县医疗保障局");
        assertThat(form.implementingUnit()).isEqualTo("松岭县医疗保障事务中心");
        // 全年预算数 560 is the budget, not 年初预算数 520; the block is in 万元 by its label
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("5600000"));
        assertThat(form.executedYuan()).isEqualByComparingTo(new BigDecimal("5320000"));
        // 532 / 560 = 95%, as printed
        assertThat(form.executionRatePct()).isEqualTo(95.0);
        assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name,
                Indicator::valueRaw, Indicator::actualRaw, Indicator::scoreRaw, Indicator::gapReason)
                .containsExactlyElementsOf(ROWS);
    }

    @Test
    void tabRowsOfTheNationalTemplate() {
        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("national.txt", TAB_ROWS));

        assertThat(result.forms()).singleElement().satisfies(TestProjectFormParserNationalSelfEvaluation::assertNationalForm);
        assertThat(result.contentKinds()).containsExactly(DocumentType.SELF_EVALUATION);
    }

    @Test
    void tabRowsKeepEachIndicatorOnItsLineAndStopAtTheTotalScore() {
        ProjectForm form = parser.parse(TextCleaner.clean("national.txt", TAB_ROWS)).forms().get(0);

        assertThat(form.indicators()).extracting(Indicator::sourceLine).containsExactly(13, 14, 15, 16, 17);
        assertThat(form.indicators()).extracting(Indicator::name).doesNotContain("总分");
    }

    @Test
    void alignedTextOfTheNationalTemplate() {
        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("national-layout.txt", ALIGNED));

        assertThat(result.forms()).singleElement().satisfies(TestProjectFormParserNationalSelfEvaluation::assertNationalForm);
    }

    @Test
    void alignedTextRowsStartOnTheLineOfTheirFirstPiece() {
        ProjectForm form = parser.parse(TextCleaner.clean("national-layout.txt", ALIGNED)).forms().get(0);

        // the wrapped name (救助资金拨付及时 / 率) and level-2 (服务对象满意度 / 指标) keep their first line
        assertThat(form.indicators()).extracting(Indicator::sourceLine).containsExactly(12, 13, 14, 16, 17);
    }

    @Test
    void pipeTableFromAWordConverterRepeatingHorizontallyMergedCells() {
        // the converter repeats a merged cell in every column it spans (项目名称's value, 总分) and
        // leaves the rows of a vertical merge blank; <br> splits a cell's text
        String text = String.join("\n",
                "# 项目支出绩效自评表",
                "",
                "（2023年度）",
                "",
                "| 项目名称 | 城乡医疗救助补助资金 | 城乡医疗救助补助资金 | 城乡医疗救助补助资金 | 城乡医疗救助补助资金 | 城乡医疗救助补助资金 | 城乡医疗救助补助资金 | 城乡医疗救助补助资金 |",
                "|---|---|---|---|---|---|---|---|",
                "| 主管部门 | 松岭县医疗保障局 | 松岭县医疗保障局 | 松岭县医疗保障局 | 实施单位 | 松岭县医疗保障事务中心 | 松岭县医疗保障事务中心 | 松岭县医疗保障事务中心 |",
                "| 项目资金<br>（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
                "| | 年度资金总额 | 520 | 560 | 532 | 10 | 95% | 9.5 |",
                "| | 其中：当年财政拨款 | 520 | 560 | 532 | — | 95% | — |",
                "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                "| | 产出指标（50分） | 数量指标 | 救助人次 | ≥8000人次 | 8426人次 | 20 | 20 |",
                "| | | 时效指标 | 救助资金拨付<br>及时率 | 100% | 96% | 15 | 14 |",
                "| | 满意度指标（10分） | 服务对象满意度指标 | 救助对象满意度 | ≥90% | 93% | 10 | 10 |",
                "| 总分 | 总分 | 总分 | 总分 | 总分 | 总分 | 100 | 98.5 |",
                "");

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("word.md", text));

        assertThat(result.forms()).singleElement().satisfies(form -> {
            assertThat(form.formKind()).isEqualTo(FormKind.SELF_EVALUATION);
            assertThat(form.projectName()).isEqualTo("城乡医疗救助补助资金");
            assertThat(form.department()).isEqualTo("松岭县医疗保障局");
            assertThat(form.implementingUnit()).isEqualTo("松岭县医疗保障事务中心");
            assertThat(form.budgetYuan()).isEqualByComparingTo("5600000");
            assertThat(form.executedYuan()).isEqualByComparingTo("5320000");
            assertThat(form.executionRatePct()).isEqualTo(95.0);
            assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name,
                    Indicator::valueRaw, Indicator::actualRaw, Indicator::scoreRaw).containsExactly(
                    tuple("产出指标", "数量指标", "救助人次", "≥8000人次", "8426人次", "20"),
                    tuple("产出指标", "时效指标", "救助资金拨付及时率", "100%", "96%", "14"),
                    tuple("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "93%", "10"));
        });
    }
}
