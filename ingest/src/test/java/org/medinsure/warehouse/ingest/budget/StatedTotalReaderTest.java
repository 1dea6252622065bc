package org.medinsure.warehouse.ingest.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.StatedTotal;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.TextCleaner;

class StatedTotalReaderTest {
    private static final CleanText NARRATIVE = TextCleaner.clean("长垣市_2022_部门预算说明.txt", """
            长垣市医疗保障局2022年收入总计5,382.6万元
            ，支出总计5382.6万元，与2021年相比，收入总计增加了286.6万元，增长5.62%。
            本年收入合计 2233.95 万元，其中：财政拨款收入 1675.45 万元。
            """);

    @Test
    void readsTotalsButNotChanges() {
        StatedTotalReader.Result result = new StatedTotalReader().read(NARRATIVE, List.of());
        assertThat(result.totals()).extracting(StatedTotal::sourceLine, StatedTotal::label, StatedTotal::amountYuan)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "收入总计", new BigDecimal("53826000.00")),
                        org.assertj.core.groups.Tuple.tuple(2, "支出总计", new BigDecimal("53826000.00")),
                        org.assertj.core.groups.Tuple.tuple(3, "本年收入合计", new BigDecimal("22339500.00")));
        assertThat(result.totals()).allSatisfy(total -> assertThat(total.matchesTable()).isNull());
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aStatedTotalNoTablePrintsIsAWarning() {
        List<TableTotal> tables = List.of(
                new TableTotal(40, "2022年部门收支总体情况表", "收入总计", "收入", null, new BigDecimal("53826000.00")),
                new TableTotal(40, "2022年部门收支总体情况表", "支出总计", "支出", null, new BigDecimal("53826000.00")));
        StatedTotalReader.Result result = new StatedTotalReader().read(NARRATIVE, tables);
        assertThat(result.totals()).extracting(StatedTotal::matchesTable).containsExactly(true, true, false);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.sourceLine()).isEqualTo(3);
            assertThat(problem.check()).isEqualTo("stated_total_mismatch");
            assertThat(problem.detail()).contains("长垣市_2022_部门预算说明.txt:3").contains("本年收入合计 2233.95万元");
        });
    }
}
