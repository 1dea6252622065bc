package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Pipe tables printed one cell per line, with a bar alone on the line between cells. */
class TestPipeTableReaderCellPerLine {
    private final PipeTableReader reader = new PipeTableReader();

    private Grid read(String... lines) {
        return reader.read(TextCleaner.clean("table.md", String.join("\n", lines)).lines());
    }

    private static List<List<String>> texts(Grid grid) {
        return grid.rows().stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    private static final String[] INDICATORS = {
            "项目支出绩效目标表",
            "|",
            "一级指标",
            "|",
            "二级指标",
            "|",
            "三级指标",
            "|",
            "指标值",
            "|",
            "产出指标",
            "|",
            "数量指标",
            "|",
            "城乡居民医保",
            "参保人数",
            "|",
            "≥31万人",
            "|",
            "|",
            "质量指标",
            "|",
            "政策范围内住院费用支付比例",
            "|",
            "≥70%",
            "|"};

    @Test
    void everyCellIsAOneCellRowOfAStreamWithoutRowEnds() {
        Grid grid = read(INDICATORS);

        assertThat(grid.layout()).isEqualTo("pipe_table");
        assertThat(grid.rowsMarked()).isFalse();
        assertThat(grid.positional()).isFalse();
        assertThat(texts(grid)).containsExactly(
                List.of("项目支出绩效目标表"),
                List.of("一级指标"), List.of("二级指标"), List.of("三级指标"), List.of("指标值"),
                List.of("产出指标"), List.of("数量指标"), List.of("城乡居民医保参保人数"), List.of("≥31万人"),
                List.of(""), List.of("质量指标"), List.of("政策范围内住院费用支付比例"), List.of("≥70%"));
    }

    @Test
    void aCellWrappedOverTwoLinesKeepsBothPiecesAndLines() {
        Grid grid = read(INDICATORS);

        Cell wrapped = grid.rows().get(7).cells().get(0);
        assertThat(wrapped.pieces()).containsExactly("城乡居民医保", "参保人数");
        assertThat(wrapped.lines()).containsExactly(15, 16);
        // the empty cell between two bars points at the second bar
        assertThat(grid.rows().get(9).cells().get(0).firstLine()).isEqualTo(20);
    }

    @Test
    void aBlankLineEndsACellAndLinesBeforeTheFirstBarAreOneEach() {
        Grid grid = read(
                "项目名称：城乡居民基本医疗保险补助",
                "主管部门：某县医疗保障局",
                "|",
                "项目资金",
                "",
                "（万元）",
                "|",
                "350.00",
                "|");

        assertThat(texts(grid)).containsExactly(
                List.of("项目名称：城乡居民基本医疗保险补助"),
                List.of("主管部门：某县医疗保障局"),
                List.of("项目资金"),
                List.of("（万元）"),
                List.of("350.00"));
    }
}
