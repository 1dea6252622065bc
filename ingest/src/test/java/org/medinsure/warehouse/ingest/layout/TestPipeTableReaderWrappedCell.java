package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.TextCleaner;

class TestPipeTableReaderWrappedCell {
    @Test
    void aRowBrokenInsideACellJoinsTheCellAsOneWord() {
        Grid grid = new PipeTableReader().read(TextCleaner.clean("t.md", String.join("\n",
                "| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |",
                "| --- | --- | --- | --- | --- |",
                "| 2101399 | 其他医疗保障管理事务",
                "支出 | 8.30 | 0.00 | 8.30 |")).lines());

        Cell name = grid.at(1, 1);
        assertThat(name.text()).isEqualTo("其他医疗保障管理事务支出");
        assertThat(name.lines()).containsExactly(3, 4);
    }
}
