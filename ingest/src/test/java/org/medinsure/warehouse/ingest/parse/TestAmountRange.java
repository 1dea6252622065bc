package org.medinsure.warehouse.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.ParsedDocument;

/** A figure the warehouse cannot store (10¹⁶ yuan and beyond) is left out and said, not a failed run. */
class TestAmountRange {
    private static final String BUDGET = String.join("\n",
            "某县医疗保障局2025年部门预算",
            "一般公共预算支出表",
            "单位：万元",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            "210\t卫生健康支出\t1000000000000.00\t1000000000000.00\t",
            "21011\t行政事业单位医疗\t160.40\t160.40\t",
            "");

    @Test
    void anAmountBeyondTheStoredDigitsIsLeftOutWithAProblemNamingFileLineAndFigure() {
        ParsedDocument document = new DocumentParser().parse("budget.txt", BUDGET);

        BudgetLine huge = document.budgetLines().stream().filter(line -> "210".equals(line.functionCode()))
                .findFirst().orElseThrow();
        assertThat(huge.totalYuan()).isNull();
        assertThat(huge.basicYuan()).isNull();
        assertThat(document.problems()).filteredOn(problem -> problem.check().equals("amount_out_of_range"))
                .hasSize(2).allSatisfy(problem -> {
                    assertThat(problem.sourceLine()).isEqualTo(5);
                    assertThat(problem.detail()).contains("budget.txt line 5").contains("10000000000000000");
                });
        assertThat(document.budgetLines()).filteredOn(line -> "21011".equals(line.functionCode())).singleElement()
                .satisfies(line -> assertThat(line.totalYuan()).isEqualByComparingTo("1604000"));
        assertThat(AmountRange.fits(new java.math.BigDecimal("9999999999999999.99"))).isTrue();
        assertThat(AmountRange.fits(AmountRange.LIMIT_YUAN.negate())).isFalse();
    }
}
