package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** One cell per line, tab-led with empty lines closing rows, or plain with no row ends at all. */
class TestCellPerLineReader {
    private final CellPerLineReader reader = new CellPerLineReader();

    private Grid read(String... lines) {
        return reader.read(TextCleaner.clean("form.txt", String.join("\n", lines)).lines());
    }

    private static List<List<String>> texts(Grid grid) {
        return grid.rows().stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void tabLedCellsMakeRowsClosedByEmptyLines() {
        Grid grid = read(
                "项目支出绩效目标表",
                "",
                "\t一级指标",
                "\t二级指标",
                "\t三级指标",
                "\t指标值",
                "",
                "\t产出指标",
                "\t数量指标",
                "\t城乡居民医保参保",
                "人数",
                "\t≥31万人",
                "",
                "\t",
                "\t质量指标",
                "\t政策范围内住院费用支付比例",
                "\t≥70%");

        assertThat(grid.layout()).isEqualTo("cell_per_line");
        assertThat(grid.rowsMarked()).isTrue();
        assertThat(grid.positional()).isFalse();
        assertThat(texts(grid)).containsExactly(
                List.of("项目支出绩效目标表"),
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                List.of("产出指标", "数量指标", "城乡居民医保参保人数", "≥31万人"),
                // a tab alone is an empty cell (产出指标 merged and printed once)
                List.of("", "质量指标", "政策范围内住院费用支付比例", "≥70%"));
        // a line without the tab continues the cell above it
        Cell wrapped = grid.rows().get(2).cells().get(2);
        assertThat(wrapped.pieces()).containsExactly("城乡居民医保参保", "人数");
        assertThat(wrapped.lines()).containsExactly(10, 11);
        assertThat(grid.rows().get(3).line()).isEqualTo(14);
    }

    @Test
    void plainLinesAreOneCellRowsWithoutRowEnds() {
        Grid grid = read(
                "一级指标",
                "二级指标",
                "三级指标",
                "指标值",
                "",
                "产出指标",
                "数量指标",
                "城乡居民医保参保人数",
                "≥31万人");

        assertThat(grid.rowsMarked()).isFalse();
        assertThat(texts(grid)).containsExactly(
                List.of("一级指标"), List.of("二级指标"), List.of("三级指标"), List.of("指标值"),
                List.of("产出指标"), List.of("数量指标"), List.of("城乡居民医保参保人数"), List.of("≥31万人"));
        assertThat(grid.rows()).extracting(GridRow::line).containsExactly(1, 2, 3, 4, 6, 7, 8, 9);
    }
}
