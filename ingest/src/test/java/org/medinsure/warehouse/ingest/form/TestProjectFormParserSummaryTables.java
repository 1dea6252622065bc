package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.html.HtmlPageRenderer;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Summary tables listing one project per row (项目支出绩效目标汇总表, 部门绩效自评结果汇总表): each row is
 * a {@code summary} record with its amounts, and the 合计 row gives a total per money column, a
 * column under a group named by its path (资金来源-中央).
 */
class TestProjectFormParserSummaryTables {
    /** Funding sources under a 资金来源 group printed over two rows; 中央+省级+市级+县级 = 预算数 on every row. */
    private static final String TARGET_SUMMARY = String.join("\n",
            "2024年度项目支出绩效目标汇总表",
            "单位：万元",
            "序号\t项目名称\t预算数\t资金来源\t\t\t\t年度绩效目标",
            "\t\t\t中央\t省级\t市级\t县级\t",
            "1\t城乡居民医保县级补助\t3359.62\t\t\t\t3359.62\t确保参保居民待遇落实",
            "2\t医疗救助资金\t812.4\t600\t120\t40\t52.4\t资助困难群众参保",
            "3\t医保经办工作经费\t45\t\t\t\t45\t提升经办服务水平",
            "合计\t\t4217.02\t600\t120\t40\t3457.02\t",
            "");

    /** pdftotext -layout of a self-evaluation summary: 776.3 / 812.4 = 95.56%, 38.25 / 45 = 85%. */
    private static final String RESULT_SUMMARY = String.join("\n",
            "          溪口县医疗保障局2023年度部门绩效自评结果汇总表",
            "                                                                   单位：万元",
            "序号  项目名称                      预算数     执行数     执行率     自评得分   自评等级",
            "1     城乡居民医保县级补助          3359.62    3359.62    100%       98         优",
            "2     医疗救助资金                  812.4      776.3      95.56%     93.5       优",
            "3     医保经办工作经费              45         38.25      85%        86         良",
            "合计                                4217.02    4174.17",
            "");

    private final ProjectFormParser parser = new ProjectFormParser();

    private static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    @Test
    void everyRowOfATargetSummaryIsASummaryProjectWithItsBudget() {
        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("summary.txt", TARGET_SUMMARY));

        assertThat(result.forms()).extracting(ProjectForm::formIndex, ProjectForm::sourceLine, ProjectForm::formKind,
                ProjectForm::projectName, ProjectForm::amountRaw).containsExactly(
                tuple(1, 5, FormKind.SUMMARY, "城乡居民医保县级补助", "3359.62"),
                tuple(2, 6, FormKind.SUMMARY, "医疗救助资金", "812.4"),
                tuple(3, 7, FormKind.SUMMARY, "医保经办工作经费", "45"));
        assertThat(result.forms()).extracting(ProjectForm::budgetYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("33596200"), yuan("8124000"), yuan("450000"));
        assertThat(result.forms()).extracting(ProjectForm::executedYuan).containsOnlyNulls();
        assertThat(result.forms()).extracting(ProjectForm::declaredUnit).containsOnly("万元");
        // the 合计 row is a total, not a project
        assertThat(result.forms()).extracting(ProjectForm::projectName).doesNotContain("合计");
        assertThat(result.contentKinds()).containsExactly(DocumentType.DECLARATION);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theTotalRowGivesOneTotalPerMoneyColumnNamedByItsPath() {
        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("summary.txt", TARGET_SUMMARY));

        assertThat(result.totals()).extracting(TableTotal::sourceLine, TableTotal::tableName, TableTotal::label,
                TableTotal::column).containsExactly(
                tuple(8, "2024年度项目支出绩效目标汇总表", "合计", "预算数"),
                tuple(8, "2024年度项目支出绩效目标汇总表", "合计", "资金来源-中央"),
                tuple(8, "2024年度项目支出绩效目标汇总表", "合计", "资金来源-省级"),
                tuple(8, "2024年度项目支出绩效目标汇总表", "合计", "资金来源-市级"),
                tuple(8, "2024年度项目支出绩效目标汇总表", "合计", "资金来源-县级"));
        assertThat(result.totals()).extracting(TableTotal::amountYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("42170200"), yuan("6000000"), yuan("1200000"), yuan("400000"),
                        yuan("34570200"));
    }

    @Test
    void anAlignedSelfEvaluationSummaryGivesBudgetExecutedAndRate() {
        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("results.txt", RESULT_SUMMARY));

        assertThat(result.forms()).extracting(ProjectForm::formKind, ProjectForm::projectName,
                ProjectForm::executionRatePct).containsExactly(
                tuple(FormKind.SUMMARY, "城乡居民医保县级补助", 100.0),
                tuple(FormKind.SUMMARY, "医疗救助资金", 95.56),
                tuple(FormKind.SUMMARY, "医保经办工作经费", 85.0));
        assertThat(result.forms()).extracting(ProjectForm::budgetYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("33596200"), yuan("8124000"), yuan("450000"));
        assertThat(result.forms()).extracting(ProjectForm::executedYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("33596200"), yuan("7763000"), yuan("382500"));
        // a table of evaluation results belongs to a self-evaluation
        assertThat(result.contentKinds()).containsExactly(DocumentType.SELF_EVALUATION);
    }

    @Test
    void anAlignedSummaryTotalsBudgetAndExecutedButNotRatesOrScores() {
        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("results.txt", RESULT_SUMMARY));

        assertThat(result.totals()).extracting(TableTotal::label, TableTotal::column)
                .containsExactly(tuple("合计", "预算数"), tuple("合计", "执行数"));
        assertThat(result.totals()).extracting(TableTotal::amountYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("42170200"), yuan("41741700"));
    }

    @Test
    void aRowWhoseFiguresCannotBePlacedIsReportedNotGuessed() {
        // single spaces drop empty cells: the second row lacks its 执行率 and 得分, so its two figures
        // could be budget and executed, or executed and rate
        String text = String.join("\n",
                "部门绩效自评结果汇总表",
                "单位：万元",
                "项目名称 预算数 执行数 执行率 得分",
                "医疗救助资金 812.4 776.3 95.56% 93.5",
                "医保经办工作经费 45 38.25",
                "");

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("joined.txt", text));

        assertThat(result.forms()).extracting(ProjectForm::projectName).containsExactly("医疗救助资金");
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.check()).isEqualTo("summary_row_unreadable");
            assertThat(problem.sourceLine()).isEqualTo(5);
            assertThat(problem.detail()).contains("joined.txt", "医保经办工作经费");
        });
    }

    @Test
    void aSpaceJoinedRowWhoseNameOpensWithAYearKeepsTheYearInTheName() {
        // names of annual programmes open with their year: only a cell that is a figure as a whole ends the name
        String text = String.join("\n",
                "某县医疗保障局2023年度项目支出绩效自评结果汇总表",
                "单位：万元",
                "序号 项目名称 年度预算数 执行数 执行率 自评得分",
                "1 2023年城乡医疗救助资金 126.50 123.34 97.50% 89",
                "2 2023年医疗保障经办服务工作经费 17.52 17.26 98.52% 85",
                "合计 144.02 140.60 97.63%",
                "");

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("joined.txt", text));

        assertThat(result.forms()).extracting(ProjectForm::projectName)
                .containsExactly("2023年城乡医疗救助资金", "2023年医疗保障经办服务工作经费");
        assertThat(result.forms()).extracting(ProjectForm::budgetYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("1265000"), yuan("175200"));
        assertThat(result.totals()).extracting(TableTotal::column).containsExactly("年度预算数", "执行数");
    }

    @Test
    void aSummaryPrintedOneCellPerLineIsRebuiltFromItsHeaderAndRowNumbers() {
        // a Word-to-text converter prints each cell on a line of its own, an empty cell as an empty
        // line, and the 合计 label merged over 序号 and 项目名称 once
        String text = String.join("\n",
                "某县医疗保障局2023年度项目支出绩效自评结果汇总表",
                "单位：万元",
                "序号", "项目名称", "年度预算数", "执行数", "执行率", "自评得分",
                "1", "2023年城乡医疗救助资金", "126.50", "123.34", "97.50%", "89",
                "2", "2023年医疗保障经办服务工作经费", "17.52", "17.26", "98.52%", "",
                "合计", "144.02", "140.60", "97.63%", "",
                "");

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("cells.txt", text));

        assertThat(result.forms()).extracting(ProjectForm::projectName, ProjectForm::executionRatePct)
                .containsExactly(tuple("2023年城乡医疗救助资金", 97.5), tuple("2023年医疗保障经办服务工作经费", 98.52));
        assertThat(result.forms()).extracting(ProjectForm::executedYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("1233400"), yuan("172600"));
        assertThat(result.totals()).extracting(TableTotal::column, TableTotal::amountYuan)
                .usingRecursiveFieldByFieldElementComparatorOnFields()
                .containsExactly(tuple("年度预算数", yuan("1440200")), tuple("执行数", yuan("1406000")));
    }

    @Test
    void anHtmlSummaryNamesTheColumnsUnderASpannedGroupByTheirPath() {
        // 资金来源 spans its four sources; 合计 spans 序号 and 项目名称; 812.4 + 45 = 857.4, 52.4 + 45 = 97.4
        String html = String.join("\n",
                "<p>2024年度项目支出绩效目标汇总表</p>",
                "<p>单位：万元</p>",
                "<table>",
                "<tr><td rowspan=\"2\">序号</td><td rowspan=\"2\">项目名称</td><td rowspan=\"2\">预算数</td><td colspan=\"4\">资金来源</td></tr>",
                "<tr><td>中央</td><td>省级</td><td>市级</td><td>县级</td></tr>",
                "<tr><td>1</td><td>医疗救助资金</td><td>812.4</td><td>600</td><td>120</td><td>40</td><td>52.4</td></tr>",
                "<tr><td>2</td><td>医保经办工作经费</td><td>45</td><td></td><td></td><td></td><td>45</td></tr>",
                "<tr><td colspan=\"2\">合计</td><td>857.4</td><td>600</td><td>120</td><td>40</td><td>97.4</td></tr>",
                "</table>");

        ProjectFormParser.Result result = parser.parse(HtmlPageRenderer.render("s.html", html));

        assertThat(result.forms()).extracting(ProjectForm::formKind, ProjectForm::projectName)
                .containsExactly(tuple(FormKind.SUMMARY, "医疗救助资金"), tuple(FormKind.SUMMARY, "医保经办工作经费"));
        assertThat(result.totals()).extracting(TableTotal::label, TableTotal::column).containsExactly(
                tuple("合计", "预算数"), tuple("合计", "资金来源-中央"), tuple("合计", "资金来源-省级"),
                tuple("合计", "资金来源-市级"), tuple("合计", "资金来源-县级"));
        assertThat(result.totals()).extracting(TableTotal::amountYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("8574000"), yuan("6000000"), yuan("1200000"),
                        yuan("400000"), yuan("974000"));
    }

    @Test
    void aPipeSummaryOfSelfEvaluationResults() {
        // 776.3 + 38.25 = 814.55
        String text = String.join("\n",
                "### 部门绩效自评结果汇总表",
                "单位：万元",
                "| 序号 | 项目名称 | 预算数 | 执行数 | 执行率 | 自评得分 |",
                "|---|---|---|---|---|---|",
                "| 1 | 医疗救助资金 | 812.4 | 776.3 | 95.56% | 93.5 |",
                "| 2 | 医保经办工作经费 | 45 | 38.25 | 85% | 86 |",
                "| 合计 | | 857.4 | 814.55 | | |",
                "");

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("s.md", text));

        assertThat(result.forms()).extracting(ProjectForm::projectName, ProjectForm::executionRatePct)
                .containsExactly(tuple("医疗救助资金", 95.56), tuple("医保经办工作经费", 85.0));
        assertThat(result.forms()).extracting(ProjectForm::executedYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("7763000"), yuan("382500"));
        assertThat(result.totals()).extracting(TableTotal::column).containsExactly("预算数", "执行数");
    }

    @Test
    void theUnitLinePrintedAboveAMoneyColumnIsNotPartOfItsHeader() {
        // pdftotext right-aligns 单位：万元 over the last column, here 执行数
        String text = String.join("\n",
                "          溪口县医疗保障局2023年度部门绩效自评结果汇总表",
                "                                                  单位：万元",
                "序号  项目名称                      预算数     执行数",
                "1     城乡居民医保县级补助          3359.62    3359.62",
                "2     医疗救助资金                  812.4      776.3",
                "3     医保经办工作经费              45         38.25",
                "合计                                4217.02    4174.17",
                "");

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("unit-above.txt", text));

        assertThat(result.forms()).extracting(ProjectForm::projectName)
                .containsExactly("城乡居民医保县级补助", "医疗救助资金", "医保经办工作经费");
        assertThat(result.totals()).extracting(TableTotal::column)
                .containsExactly("预算数", "执行数");
        assertThat(result.totals()).extracting(TableTotal::amountYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("42170200"), yuan("41741700"));
    }
}
