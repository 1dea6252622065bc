package org.medinsure.warehouse.ingest.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Word-to-text extraction prints a merged cell once: a 合计 label spanning the code and name
 * columns leaves its row one cell short of the header, its figures shifted one column left.
 */
class TestShortTotalRows {
    @Test
    void aTotalRowOneCellShortHasItsFiguresUnderTheLastColumns() {
        String text = String.join("\n",
                "2021年度支出决算表",
                "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "合计\t5302.82\t483.83\t4818.99",
                "210\t卫生健康支出\t5260.41\t441.42\t4818.99",
                "2101301\t城乡医疗救助\t818.99\t\t818.99",
                "2101501\t行政运行\t441.42\t441.42\t",
                "2101202\t财政对城乡居民基本医疗保险基金的补助\t4000.00\t\t4000.00",
                "221\t住房保障支出\t42.41\t42.41\t",
                "2210201\t住房公积金\t42.41\t42.41\t");

        BudgetTableParser.Result result = new BudgetTableParser().parse(TextCleaner.clean("short.txt", text),
                DocumentType.FINAL_ACCOUNTS);

        assertThat(result.totals()).extracting(TableTotal::label, TableTotal::column, TableTotal::amountYuan)
                .contains(tuple("合计", "合计", new BigDecimal("53028200.00")),
                        tuple("合计", "基本支出", new BigDecimal("4838300.00")),
                        tuple("合计", "项目支出", new BigDecimal("48189900.00")));
    }
}
