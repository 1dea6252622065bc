package org.medinsure.warehouse.ingest.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.parse.DocumentParser;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * The national disclosure tables as provincial departments print them (公开01表 … 公开12表): titles
 * with a bracketed note after 表 (财政拨款支出预算表（功能科目）), 功能科目编码 / 功能科目名称 headers,
 * economic tables named by their title, and a 收支预算总表 whose item column is headed 项目名称 | 金额.
 * Written from that description, laid out as a PDF's text layer renders it.
 */
class TestBudgetTableParserDisclosureTables {
    private static final String DISCLOSURE = String.join("\n",
            "公开01表",
            "                                   收支预算总表",
            "部门：某省医疗保障局                                                     单位：万元",
            "          项目名称                 金额          项目名称                 金额",
            "一、财政拨款                     1,250.00  一、基本支出                  950.00",
            "   1.一般公共预算                1,250.00  二、项目支出                  300.00",
            "        收入合计                 1,250.00        支出合计              1,250.00",
            "公开05表",
            "                        财政拨款支出预算表（功能科目）",
            "部门：某省医疗保障局                                                     单位：万元",
            "    功能科目编码            功能科目名称                              金额",
            "                                   合计                           1,250.00",
            "210                         卫生健康支出                          1,250.00",
            "21015                       医疗保障管理事务                      1,250.00",
            "2101501                     行政运行                                950.00",
            "2101502                     一般行政管理事务                        300.00",
            "公开06表",
            "                        财政拨款基本支出预算表（经济科目）",
            "部门：某省医疗保障局                                                     单位：万元",
            "       科目编码                   科目名称                            金额",
            "                                   合计                             950.00",
            "301                         工资福利支出                            800.00",
            "30101                       基本工资                                500.00",
            "30102                       津贴补贴                                300.00",
            "302                         商品和服务支出                          150.00",
            "");

    @Test
    void aTitleWithABracketedNoteAfterItsTableWordOpensATable() {
        BudgetTableParser.Result result = new BudgetTableParser().parse(TextCleaner.clean("d.txt", DISCLOSURE),
                DocumentType.BUDGET);

        assertThat(result.lines()).extracting(BudgetLine::functionCode)
                .containsExactly("210", "21015", "2101501", "2101502");
        assertThat(result.lines()).extracting(BudgetLine::tableName).containsOnly("财政拨款支出预算表（功能科目）");
        assertThat(result.lines().get(2).totalYuan()).isEqualByComparingTo(new BigDecimal("9500000"));
        assertThat(result.totals()).filteredOn(total -> total.tableName().equals("财政拨款支出预算表（功能科目）"))
                .singleElement().satisfies(total -> {
                    assertThat(total.label()).isEqualTo("合计");
                    assertThat(total.amountYuan()).isEqualByComparingTo(new BigDecimal("12500000"));
                });
    }

    @Test
    void anEconomicTableNamedByItsTitleGivesItsTotalAndNoFunctionLines() {
        BudgetTableParser.Result result = new BudgetTableParser().parse(TextCleaner.clean("d.txt", DISCLOSURE),
                DocumentType.BUDGET);

        assertThat(result.lines()).noneMatch(line -> line.functionCode().startsWith("30"));
        assertThat(result.totals()).filteredOn(total -> total.tableName().equals("财政拨款基本支出预算表（经济科目）"))
                .extracting(TableTotal::amountYuan).containsExactly(new BigDecimal("9500000.00"));
    }

    @Test
    void theItemColumnOfASummaryTableIsNoProjectForm() {
        ParsedDocument document = new DocumentParser().parse("d.txt", DISCLOSURE);

        assertThat(document.projects()).isEmpty();
        assertThat(document.profile().docType()).isEqualTo(DocumentType.BUDGET);
        assertThat(document.totals()).filteredOn(total -> total.tableName().equals("收支预算总表"))
                .extracting(TableTotal::label).contains("收入合计", "支出合计");
    }

    private static final String EMPTY_AND_ONE_ROW_TABLES = String.join("\n",
            "                         部门政府性基金预算支出功能分类预算表",
            "编制部门：某区医疗保障局                                                  单位：元",
            "                      项目                                    政府性基金预算支出",
            " 功能分类科目编码",
            "                       功能分类科目名称              合计          基本支出          项目支出",
            "  类    款     项",
            "                             合计",
            "注：本部门无政府性基金预算财政拨款安排的预算，故本表为空表。",
            "公开03表",
            "                                 支出预算总表",
            "部门：某区医疗保障局                                                      单位：万元",
            "           合计              基本支出             项目支出         结转下年资金",
            "         1,250.00              950.00               300.00",
            "");

    @Test
    void aTablePrintedEmptyGivesItsTotalRowWithoutAnAmount() {
        BudgetTableParser.Result result = new BudgetTableParser().parse(
                TextCleaner.clean("d.txt", EMPTY_AND_ONE_ROW_TABLES), DocumentType.BUDGET);

        assertThat(result.totals()).filteredOn(total -> total.tableName().equals("部门政府性基金预算支出功能分类预算表"))
                .singleElement().satisfies(total -> {
                    assertThat(total.label()).isEqualTo("合计");
                    assertThat(total.column()).endsWith("合计");
                    assertThat(total.amountYuan()).isNull();
                    assertThat(total.sourceLine()).isEqualTo(7);
                });
        assertThat(result.lines()).isEmpty();
    }

    @Test
    void aTableWhoseOnlyRowIsUnlabelledFiguresGivesThatRowAsItsTotal() {
        BudgetTableParser.Result result = new BudgetTableParser().parse(
                TextCleaner.clean("d.txt", EMPTY_AND_ONE_ROW_TABLES), DocumentType.BUDGET);

        assertThat(result.totals()).filteredOn(total -> total.tableName().equals("支出预算总表"))
                .filteredOn(total -> total.column().equals("合计"))
                .singleElement().satisfies(total -> {
                    assertThat(total.label()).isEqualTo("合计");
                    assertThat(total.amountYuan()).isEqualByComparingTo(new BigDecimal("12500000"));
                    assertThat(total.sourceLine()).isEqualTo(13);
                });
    }

    @Test
    void titlesListedAsATableOfContentsAreNoUnreadableTables() {
        String contents = String.join("\n", "目录", "    一、收支预算总表", "    二、财政拨款支出预算表（功能科目）",
                "    三、财政拨款基本支出预算表（经济科目）", "");

        BudgetTableParser.Result result = new BudgetTableParser().parse(TextCleaner.clean("d.txt", contents + DISCLOSURE),
                DocumentType.BUDGET);

        assertThat(result.problems()).noneMatch(problem -> problem.check().equals("table_unreadable"));
        assertThat(result.lines()).extracting(BudgetLine::functionCode)
                .containsExactly("210", "21015", "2101501", "2101502");
    }

    @Test
    void anEmptyTableWhoseTotalLineRunsIntoItsHeaderStillGivesItsTotalRow() {
        // no figures set the columns, so the lone 合计 line reads as the tail of the name header above it
        String empty = String.join("\n",
                "公开10表",
                "                          财政拨款政府性基金支出预算表",
                "部门：某省医疗保障局                                                     单位：万元",
                "      功能科目编码                  功能科目名称                          金额",
                "                                        合计",
                "注：本部门无该项目",
                "");

        BudgetTableParser.Result result = new BudgetTableParser().parse(TextCleaner.clean("d.txt", empty),
                DocumentType.BUDGET);

        assertThat(result.totals()).singleElement().satisfies(total -> {
            assertThat(total.label()).isEqualTo("合计");
            assertThat(total.column()).isEqualTo("金额");
            assertThat(total.amountYuan()).isNull();
            assertThat(total.sourceLine()).isEqualTo(5);
        });
    }
}
