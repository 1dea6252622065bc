package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.Spaces;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Markdown pipe tables from Word converters, one printed row per line or broken over lines. */
class TestPipeTableReaderRows {
    private final PipeTableReader reader = new PipeTableReader();

    private Grid read(String... lines) {
        return reader.read(TextCleaner.clean("table.md", String.join("\n", lines)).lines());
    }

    private static List<List<String>> texts(Grid grid) {
        return grid.rows().stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void separatorRowsAreDroppedAndLinesAboveTheTableStayOneCellRows() {
        Grid grid = read(
                "**表2 一般公共预算支出表**",
                "单位：万元",
                "| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |",
                "| :--- | :--- | ---: | ---: | ---: |",
                "| 2101101 | 行政单位医疗 | 12.50 | 12.50 | 0.00 |",
                "| 2101301 | 城乡医疗救助 | 120.00 |  | 120.00 |");

        assertThat(grid.layout()).isEqualTo("pipe_table");
        assertThat(grid.positional()).isTrue();
        assertThat(grid.rowsMarked()).isTrue();
        assertThat(texts(grid)).containsExactly(
                List.of("表2 一般公共预算支出表"),
                List.of("单位：万元"),
                List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                List.of("2101101", "行政单位医疗", "12.50", "12.50", "0.00"),
                List.of("2101301", "城乡医疗救助", "120.00", "", "120.00"));
        assertThat(grid.rows()).extracting(GridRow::line).containsExactly(1, 2, 3, 5, 6);
    }

    @Test
    void horizontallyMergedCellsStayRepeatedAndVerticallyMergedCellsStayBlank() {
        Grid grid = read(
                "| 项目名称 | 城乡居民基本医疗保险补助 | 城乡居民基本医疗保险补助 | 城乡居民基本医疗保险补助 |",
                "|---|---|---|---|",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 城乡居民医保参保人数 | ≥31万人 |",
                "|  | 质量指标 | 政策范围内住院费用支付比例 | ≥70% |",
                "| 满意度指标 | 服务对象满意度指标 | 参保群众满意度 | ≥90% |");

        assertThat(texts(grid)).containsExactly(
                List.of("项目名称", "城乡居民基本医疗保险补助", "城乡居民基本医疗保险补助", "城乡居民基本医疗保险补助"),
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                List.of("产出指标", "数量指标", "城乡居民医保参保人数", "≥31万人"),
                List.of("", "质量指标", "政策范围内住院费用支付比例", "≥70%"),
                List.of("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"));
        // kept as the converter printed them: the reader invents no spans
        assertThat(grid.at(0, 2).isCovered()).isFalse();
        assertThat(grid.at(3, 0).isCovered()).isFalse();
        assertThat(grid.at(3, 0).lines()).containsExactly(5);
    }

    @Test
    void aBreakInsideACellKeepsTheCellWhole() {
        Grid grid = read(
                "| 项目资金<br>（万元） | 年度资金总额 | 350.00 |",
                "|---|---|---|",
                "| 其中：财政拨款<br/>其他资金 | 财政拨款 | 300.00 |");

        assertThat(grid.rows()).extracting(row -> row.cells().size()).containsExactly(3, 3);
        // the cleaner turns a break into a space; what matters here is that it does not split the cell
        assertThat(Spaces.removeAll(grid.at(0, 0).text())).isEqualTo("项目资金（万元）");
        assertThat(Spaces.removeAll(grid.at(1, 0).text())).isEqualTo("其中：财政拨款其他资金");
        assertThat(grid.at(1, 2).text()).isEqualTo("300.00");
    }

    @Test
    void aRowOpenedByABarAndLeftOpenGoesOnOverTheNextLines() {
        Grid grid = read(
                "| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |",
                "| --- | --- | --- | --- | --- |",
                "| 2101301 | 城乡医疗救助 | 120.00",
                "| 0.00",
                "| 120.00 |",
                "| 2101501 | 行政运行 | 85.20 | 85.20 | 0.00 |");

        assertThat(texts(grid)).containsExactly(
                List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                List.of("2101301", "城乡医疗救助", "120.00", "0.00", "120.00"),
                List.of("2101501", "行政运行", "85.20", "85.20", "0.00"));
        // each cell points at the line its text is printed on
        assertThat(grid.rows().get(1).cells()).extracting(Cell::firstLine).containsExactly(3, 3, 3, 4, 5);
        assertThat(grid.rows().get(2).line()).isEqualTo(6);
    }

    @Test
    void aShortRowIsJoinedWithTheNextLineWhileTheTableIsNotOutgrown() {
        // the converter broke 海曙区's row between the two bars of its empty 已提前下达 cell
        Grid grid = read(
                "| 地区 | 合计 | 已提前下达 | 本次下达 |",
                "|---|---|---|---|",
                "| 海曙区 | 2 |",
                "| 2 |",
                "| 江北区 | 3 | 1 | 2 |");

        assertThat(texts(grid)).containsExactly(
                List.of("地区", "合计", "已提前下达", "本次下达"),
                List.of("海曙区", "2", "", "2"),
                List.of("江北区", "3", "1", "2"));
    }

    @Test
    void aShortRowIsNotJoinedWithALineThatWouldOutgrowTheTable() {
        // 4 + 2 cells are more than the table's 4 columns: two rows, as printed
        Grid grid = read(
                "| 地区 | 合计 | 已提前下达 | 本次下达 |",
                "|---|---|---|---|",
                "| 海曙区 | 2 | 0 |",
                "| 江北区 | 3 | 1 | 2 |");

        assertThat(texts(grid)).containsExactly(
                List.of("地区", "合计", "已提前下达", "本次下达"),
                List.of("海曙区", "2", "0"),
                List.of("江北区", "3", "1", "2"));
    }

    @Test
    void outerBarsAreOptional() {
        Grid grid = read(
                "一级指标 | 二级指标 | 三级指标 | 指标值",
                "--- | --- | --- | ---",
                "产出指标 | 时效指标 | 医保待遇按时发放率 | 100%");

        assertThat(texts(grid)).containsExactly(
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                List.of("产出指标", "时效指标", "医保待遇按时发放率", "100%"));
    }
}
