package org.medinsure.warehouse.ingest.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * The one-cell-per-line family without row marks: a Word-to-text converter prints every cell of a
 * table on a line of its own, row after row, an empty cell as an empty line, a long cell broken
 * over two lines, and a total whose label spans the code and name columns one cell short. The
 * header's labels give the column count; a row starts at a classification code followed by its
 * name, or at a total label.
 */
class TestCellPerLineTables {
    @Test
    void rowsAreRegroupedByTheHeadersColumnCount() {
        String text = String.join("\n",
                "某县医疗保障局2021年度部门决算",
                "2021年度支出决算表",
                "单位：万元",
                "科目编码", "科目名称", "合计", "基本支出", "项目支出",
                "合计", "5302.82", "483.83", "4818.99",
                "210", "卫生健康支出", "5260.41", "441.42", "4818.99",
                "21012", "财政对基本医疗保险基金的补助", "4000.00", "", "4000.00",
                "2101202", "财政对城乡居民基本医疗保险基金", "的补助", "4000.00", "", "4000.00",
                "2101301", "城乡医疗救助", "818.99", "", "818.99",
                "2101501", "行政运行", "441.42", "441.42", "",
                "221", "住房保障支出", "42.41", "42.41", "",
                "2210201", "住房公积金", "42.41", "42.41", "",
                "",
                "二、其他说明");

        BudgetTableParser.Result result = new BudgetTableParser().parse(TextCleaner.clean("cells.txt", text),
                DocumentType.FINAL_ACCOUNTS);

        assertThat(result.lines()).extracting(BudgetLine::functionCode, BudgetLine::functionName,
                        BudgetLine::totalYuan, BudgetLine::basicYuan, BudgetLine::projectYuan)
                .containsExactly(
                        tuple("210", "卫生健康支出", yuan("52604100"), yuan("4414200"), yuan("48189900")),
                        tuple("21012", "财政对基本医疗保险基金的补助", yuan("40000000"), null, yuan("40000000")),
                        tuple("2101202", "财政对城乡居民基本医疗保险基金的补助", yuan("40000000"), null, yuan("40000000")),
                        tuple("2101301", "城乡医疗救助", yuan("8189900"), null, yuan("8189900")),
                        tuple("2101501", "行政运行", yuan("4414200"), yuan("4414200"), null),
                        tuple("221", "住房保障支出", yuan("424100"), yuan("424100"), null),
                        tuple("2210201", "住房公积金", yuan("424100"), yuan("424100"), null));
        assertThat(result.lines()).extracting(BudgetLine::sourceLine).startsWith(13, 18);
        assertThat(result.totals()).extracting(TableTotal::label, TableTotal::column, TableTotal::amountYuan)
                .contains(tuple("合计", "合计", yuan("53028200")), tuple("合计", "基本支出", yuan("4838300")),
                        tuple("合计", "项目支出", yuan("48189900")));
        assertThat(result.problems()).noneMatch(problem -> problem.check().equals("table_unreadable"));
    }

    @Test
    void aYearOrAmountWithoutDecimalsDoesNotStartARow() {
        // 2021 and 150 look like codes, but a code is followed by its name, never by another number
        String text = String.join("\n",
                "2021年度一般公共预算支出表",
                "单位：万元",
                "科目编码", "科目名称", "合计", "基本支出", "项目支出",
                "210", "卫生健康支出", "350", "200", "150",
                "2101501", "行政运行", "350", "200", "150");

        BudgetTableParser.Result result = new BudgetTableParser().parse(TextCleaner.clean("plain.txt", text),
                DocumentType.BUDGET);

        assertThat(result.lines()).extracting(BudgetLine::functionCode, line -> line.totalYuan().longValueExact(),
                        line -> line.projectYuan().longValueExact())
                .containsExactly(tuple("210", 3500000L, 1500000L), tuple("2101501", 3500000L, 1500000L));
    }

    private static BigDecimal yuan(String value) {
        return new BigDecimal(value).setScale(2);
    }
}
