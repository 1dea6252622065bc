package org.medinsure.warehouse.ingest.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.Severity;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Layout variants the seeds do not show, written by hand. */
class TestBudgetTableParserVariants {
    private static final String TAB_TABLE = String.join("\n",
            "2022年部门支出总体情况表",
            "单位：万元",
            "科目编码\t\t\t科目名称\t总计\t基本支出\t项目支出\t备注",
            "类\t款\t项\t\t\t\t\t",
            "\t\t\t合计\t1,234.5\t1,000.0\t234.5\t",
            "210\t13\t01\t城乡医疗救助\t1,034.5\t1,000.0\t34.5\t新增",
            "2101302\t\t\t疾病应急救助\t200.0\t\t200.0\t",
            "");

    private static final String PDF_TABLE_IN_YUAN = String.join("\n",
            " 支出决算表",
            "公开 03表",
            "部门：某县医疗保障局 单位：元",
            "项 目 本年支出合计 基本支出 项目支出",
            "功能分类",
            "科目编码",
            "科目名称",
            "栏 次 1 2 3",
            "合 计 1,500,000.00 1,000,000.00 500,000.00",
            "210 卫生健康支出 1,500,000.00 1,000,000.00 500,000.00",
            "21015 医疗保障管理事务 1,000,000.00 1,000,000.00",
            "",
            "— 7 —",
            "",
            "项 目 本年支出合计 基本支出 项目支出",
            "栏 次 1 2 3",
            "2101501",
            "行政",
            "",
            "运行",
            "经费 1,000,000.00 1,000,000.00",
            "21013 医疗救助 500,000.00 500,000.00",
            "2101301 城乡医疗救助 500,000.00 500,000.00",
            "注：本表反映部门本年度各项支出情况。",
            "");

    private static BudgetTableParser.Result parse(String text, DocumentType type) {
        return new BudgetTableParser().parse(TextCleaner.clean("variant.txt", text), type);
    }

    private static BudgetLine line(BudgetTableParser.Result result, String code) {
        return result.lines().stream().filter(l -> code.equals(l.functionCode())).findFirst().orElseThrow();
    }

    private static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    @Test
    void splitAndJoinedCodesBothRead() {
        BudgetTableParser.Result result = parse(TAB_TABLE, DocumentType.BUDGET);

        assertThat(result.lines()).extracting(BudgetLine::functionCode).containsExactly("2101301", "2101302");
        assertThat(line(result, "2101301").sourceLine()).isEqualTo(6);
        assertThat(line(result, "2101302").functionName()).isEqualTo("疾病应急救助");
        assertThat(line(result, "2101301").stage()).isEqualTo("budget");
    }

    @Test
    void thousandsSeparatorsAndWanBecomeYuan() {
        BudgetTableParser.Result result = parse(TAB_TABLE, DocumentType.BUDGET);

        assertThat(line(result, "2101301").totalYuan()).isEqualByComparingTo(yuan("10345000"));
        assertThat(line(result, "2101301").basicYuan()).isEqualByComparingTo(yuan("10000000"));
        assertThat(line(result, "2101301").projectYuan()).isEqualByComparingTo(yuan("345000"));
        assertThat(line(result, "2101302").basicYuan()).isNull();
        assertThat(result.totals()).extracting(TableTotal::column).containsExactly("总计", "基本支出", "项目支出");
        assertThat(result.totals().get(0).amountYuan()).isEqualByComparingTo(yuan("12345000"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void remarksColumnIsNotAnAmount() {
        BudgetTableParser.Result result = parse(TAB_TABLE, DocumentType.BUDGET);

        assertThat(line(result, "2101301").otherAmounts()).isEmpty();
    }

    @Test
    void nameBrokenOverThreeLinesIsJoinedAndKeepsItsFirstLine() {
        BudgetTableParser.Result result = parse(PDF_TABLE_IN_YUAN, DocumentType.FINAL_ACCOUNTS);

        BudgetLine line = line(result, "2101501");
        assertThat(line.functionName()).isEqualTo("行政运行经费");
        assertThat(line.sourceLine()).isEqualTo(17);
        assertThat(line.stage()).isEqualTo("final");
    }

    @Test
    void amountsInYuanStayYuanAndColumnsAreInferredAcrossAPageBreak() {
        BudgetTableParser.Result result = parse(PDF_TABLE_IN_YUAN, DocumentType.FINAL_ACCOUNTS);

        assertThat(result.lines()).extracting(BudgetLine::functionCode)
                .containsExactly("210", "21015", "2101501", "21013", "2101301");
        assertThat(line(result, "2101501").basicYuan()).isEqualByComparingTo(yuan("1000000"));
        assertThat(line(result, "2101501").projectYuan()).isNull();
        assertThat(line(result, "21013").projectYuan()).isEqualByComparingTo(yuan("500000"));
        assertThat(line(result, "21013").basicYuan()).isNull();
        assertThat(line(result, "2101301").projectYuan()).isEqualByComparingTo(yuan("500000"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void doubledDecimalPointIsRepairedOnlyWhereOneReadingReconciles() {
        String text = String.join("\n",
                "政府性基金预算财政拨款收入支出决算表",
                "单位：万元",
                "项 目 本年收入 本年支出 年末结转和结余",
                "科目编码 科目名称",
                "栏 次 1 2 3",
                "合 计 221.54 85.54 136.00",
                "229 其他支出 221.54 85..54 136.00",
                "");

        BudgetTableParser.Result result = parse(text, DocumentType.FINAL_ACCOUNTS);

        assertThat(line(result, "229").otherAmounts().get("本年支出")).isEqualByComparingTo(yuan("855400"));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.check()).isEqualTo("repaired_number");
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.sourceLine()).isEqualTo(7);
            assertThat(problem.detail()).contains("variant.txt", "85..54 read as 85.54");
        });
    }

    @Test
    void totalThatDoesNotReconcileIsReported() {
        String text = TAB_TABLE.replace("\t\t\t合计\t1,234.5", "\t\t\t合计\t1,334.5");

        BudgetTableParser.Result result = parse(text, DocumentType.BUDGET);

        assertThat(result.lines()).hasSize(2);
        List<Problem> mismatches = result.problems().stream().filter(p -> p.check().equals("total_mismatch")).toList();
        assertThat(mismatches).singleElement().satisfies(problem -> {
            assertThat(problem.sourceLine()).isEqualTo(5);
            assertThat(problem.detail()).contains("variant.txt", "line 5", "总计", "expected 1334.5", "found 1234.5");
        });
    }

    @Test
    void tableContinuedUnderRepeatedTitleIsOneTable() {
        String text = String.join("\n",
                "2022年财政拨款收支总体情况表",
                "单位：万元",
                "收 入\t\t支 出\t\t",
                "项目\t金额\t项目\t合计\t政府性基金",
                "一般公共预算收入\t100.0\t一、社会保障和就业支出\t60.0\t",
                "",
                "— 3 —",
                "",
                "2022年财政拨款收支总体情况表",
                "单位：万元",
                "收 入\t\t支 出\t\t",
                "项目\t金额\t项目\t合计\t政府性基金",
                "\t\t二、卫生健康支出\t40.0\t",
                "收入合计\t100.0\t支出合计\t100.0\t",
                "");

        BudgetTableParser.Result result = parse(text, DocumentType.BUDGET);

        assertThat(result.lines()).extracting(BudgetLine::functionName).containsExactly("社会保障和就业支出", "卫生健康支出");
        assertThat(result.lines()).extracting(BudgetLine::functionCode).containsOnlyNulls();
        assertThat(result.totals()).extracting(TableTotal::label, TableTotal::side, TableTotal::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("收入合计", "收入", "金额"),
                        org.assertj.core.groups.Tuple.tuple("支出合计", "支出", "合计"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void unreadableTableIsAnErrorAndTheRestIsStillRead() {
        String text = "2022年一般公共预算支出情况表\n单位：万元\n本表无内容\n\n" + TAB_TABLE;

        BudgetTableParser.Result result = parse(text, DocumentType.BUDGET);

        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.check()).isEqualTo("table_unreadable");
            assertThat(problem.sourceLine()).isEqualTo(1);
        });
        assertThat(result.lines()).hasSize(2);
    }

    /**
     * A misprint (two digits of a total swapped: 1,034.5 printed 1,043.5) in a table whose cells
     * have columns: the row is what the document prints, read as printed; that it does not add up
     * is for the checks to report. In a print without columns the same row could not be placed.
     */
    @Test
    void aMisprintedRowWithColumnsIsReadAsPrinted() {
        String misprinted = TAB_TABLE.replace("210\t13\t01\t城乡医疗救助\t1,034.5", "210\t13\t01\t城乡医疗救助\t1,043.5");

        BudgetLine line = line(parse(misprinted, DocumentType.BUDGET), "2101301");

        assertThat(line.totalYuan()).isEqualByComparingTo("10435000");
        assertThat(line.basicYuan()).isEqualByComparingTo("10000000");
        assertThat(line.projectYuan()).isEqualByComparingTo("345000");
    }
}
