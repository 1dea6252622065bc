package org.medinsure.warehouse.ingest.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Disclosure tables as a PDF's text layer renders them when their header labels are centred in
 * their cells and the figures right-aligned: a one-row table (支出预算总表, a 三公 table) whose
 * figures sit past their labels' ends, group labels centred over their sub-columns, a leaf label
 * wrapped over three lines, a narrative paragraph straight under the figures, a three-sided
 * 收支预算总表 whose 支出合计 is centred across both expenditure sides, a table printed empty with a
 * letter-spaced header, and a two-sided final-accounts table whose expenditure labels wrap onto
 * lines of their own. Written from that description; padded by display width.
 */
class TestBudgetTableParserCentredHeaders {
    private static BudgetTableParser.Result parse(DocumentType type, String... lines) {
        return new BudgetTableParser().parse(TextCleaner.clean("t.txt", String.join("\n", lines)), type);
    }

    private static List<TableTotal> totals(BudgetTableParser.Result result, String label) {
        return result.totals().stream().filter(total -> total.label().equals(label)).toList();
    }

    @Test
    void theFiguresOfAOneRowTableStandUnderTheLabelsCentredLeftOfThem() {
        BudgetTableParser.Result result = parse(DocumentType.BUDGET,
                "                                            支出预算总表",
                "部门：某市医疗保障局                                                                                单位：万元",
                "          合计                      基本支出                    项目支出                事业单位经营支出",
                "                  2,480.50                    1,630.20                      850.30");

        assertThat(totals(result, "合计")).extracting(TableTotal::column, TableTotal::amountYuan).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("合计", new BigDecimal("24805000.00")),
                org.assertj.core.groups.Tuple.tuple("基本支出", new BigDecimal("16302000.00")),
                org.assertj.core.groups.Tuple.tuple("项目支出", new BigDecimal("8503000.00")));
        assertThat(result.problems()).isEmpty();
    }

    private static final String[] THREE_PUBLIC_EXPENSES = {
            "                                     2026年“三公”经费支出预算表",
            "编制部门：某市医疗保障局                                                                            单位:万元",
            "                                          “三公”经费预算数",
            "                                                                                                      机关运行经费预算",
            "                                                                  公务用车购置及运行费",
            "                                                                                                             数",
            "      合计        因公出国(境)费     公务接待费",
            "                                                         小计            购置费           运行费",
            "           12.40                0             2.40            10.00                0            10.00           315.60",
            "                                  其他相关情况说明",
            "    一、“三公”经费预算情况说明",
            "    2026年“三公”经费预算数为12.40万元，与上年持平，其中公务接待费2.40万元，主要用于业务交流。"};

    @Test
    void aThreePublicExpensesTableGivesItsTotalAndEndsAtTheNarrativeBelowIt() {
        BudgetTableParser.Result result = parse(DocumentType.BUDGET, THREE_PUBLIC_EXPENSES);

        assertThat(totals(result, "合计")).filteredOn(total -> total.column().equals("合计"))
                .singleElement().satisfies(total -> {
                    assertThat(total.tableName()).isEqualTo("2026年“三公”经费支出预算表");
                    assertThat(total.amountYuan()).isEqualByComparingTo("124000");
                    assertThat(total.sourceLine()).isEqualTo(9);
                });
        assertThat(result.problems()).extracting(problem -> problem.check()).doesNotContain("table_unreadable");
    }

    @Test
    void centredLabelsAreNoGroupsOfTheColumnsToTheirRightAndAWrappedLeafIsOneLabel() {
        TableHeader header = header(
                "                              “三公”经费、会议费、培训费支出预算表",
                "部门名称：某市医疗保障局                                                   单位：万元",
                "                                   “三公”经费",
                "    合计              因公出                                     公务接  会议费   培训费",
                "                      国（境）           公务用车购  公务用车运",
                "               小计     费       小计                             待费",
                "                                           置费       行维护费",
                "   96.70     36.70    8.00      20.00                 20.00       8.70   40.00    20.00");

        assertThat(header.sides()).singleElement().satisfies(side -> assertThat(side.columns())
                .extracting(TableHeader.Column::leaf)
                .containsExactly("合计", "小计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行维护费", "公务接待费",
                        "会议费", "培训费"));
    }

    @Test
    void theExpenditureTotalCentredAcrossTwoSidesIsReadUnderTheColumnOfItsFigure() {
        BudgetTableParser.Result result = parse(DocumentType.BUDGET,
                "                                                  收支预算总表",
                "部门：某市医疗保障局                                                                                          单位：万元",
                "                收入                                                          支出",
                "                                                          功能分类                                  支出用途",
                "        项目名称            金额",
                "                                              功能科目名称                金额              项目名称            金额",
                "一、财政拨款                3,600.00  一、社会保障和就业支出                420.00    一、基本支出              1,900.00",
                "   1.一般公共预算           3,600.00  二、卫生健康支出                    3,180.00    二、项目支出              1,700.00",
                "二、其他资金                          三、住房保障支出",
                "          当年收入小计      3,600.00                                      当年支出小计                          3,600.00",
                "            收入合计        3,600.00                                        支出合计                            3,600.00");

        assertThat(totals(result, "收入合计")).singleElement().satisfies(total -> {
            assertThat(total.side()).isEqualTo("收入");
            assertThat(total.amountYuan()).isEqualByComparingTo("36000000");
        });
        assertThat(totals(result, "支出合计")).singleElement().satisfies(total -> {
            assertThat(total.side()).isEqualTo("支出");
            assertThat(total.column()).endsWith("金额");
            assertThat(total.amountYuan()).isEqualByComparingTo("36000000");
            assertThat(total.sourceLine()).isEqualTo(11);
        });
    }

    @Test
    void aTablePrintedEmptyUnderALetterSpacedHeaderGivesItsBlankTotal() {
        BudgetTableParser.Result result = parse(DocumentType.BUDGET,
                "                        政府性基金预算财政拨款支出预算表",
                " 部门名称：某市医疗保障局                                                       单位：万元",
                "         功能科目编码                  功能科目名称                      金   额",
                "                           合  计",
                "   此表为空");

        assertThat(result.totals()).singleElement().satisfies(total -> {
            assertThat(total.label()).isEqualTo("合计");
            assertThat(total.column()).isEqualTo("金额");
            assertThat(total.amountYuan()).isNull();
            assertThat(total.sourceLine()).isEqualTo(4);
        });
    }

    @Test
    void aTwoSidedTableWhoseExpenditureLabelsWrapOntoLinesOfTheirOwnIsReadByPosition() {
        BudgetTableParser.Result result = parse(DocumentType.FINAL_ACCOUNTS,
                "                                      财政拨款收入支出决算总表",
                "                                                                                                    单位：万元",
                "              收入                                                    支出",
                "        项目               决算数               项目                  合计            一般公共预算财政拨款",
                "一、一般公共预算财政拨款  1,200.00   一、社会保障和就业支出           300.00                  300.00",
                "二、政府性基金预算财政拨",
                "                                     二、卫生健康支出                 900.00                  900.00",
                "款",
                "                                     三、节能环保支出",
                "                                     四、城乡社区支出",
                "                                     五、农林水支出",
                "                                     六、交通运输支出",
                "                                     七、资源勘探工业信息等",
                "                                     支出",
                "                                     八、住房保障支出",
                "                                     九、其他支出",
                "      本年收入合计        1,200.00          本年支出合计            1,200.00                1,200.00",
                "          总计            1,200.00              总计                1,200.00                1,200.00");

        assertThat(totals(result, "总计")).extracting(TableTotal::side, TableTotal::column, TableTotal::amountYuan)
                .contains(org.assertj.core.groups.Tuple.tuple("收入", "决算数", new BigDecimal("12000000.00")),
                        org.assertj.core.groups.Tuple.tuple("支出", "合计", new BigDecimal("12000000.00")));
        assertThat(result.problems()).extracting(problem -> problem.check()).doesNotContain("table_unreadable");
    }

    /** The header of the first table of a text, read as the parser reads it. */
    private static TableHeader header(String... lines) {
        BudgetVocabulary vocabulary = BudgetVocabulary.standard();
        TableBlock block = new TableLocator(vocabulary).locate(TextCleaner.clean("t.txt", String.join("\n", lines)))
                .blocks().get(0);
        org.medinsure.warehouse.ingest.layout.Grid grid = new org.medinsure.warehouse.ingest.layout.LayoutClassifier()
                .readerFor(block.body(), text -> false).read(block.body());
        return new HeaderReader(vocabulary).read(grid, block.title() + "\n" + block.bodyText());
    }
}
