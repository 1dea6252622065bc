package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Tab-separated rows from Word and spreadsheet exports, and rows a structured source split. */
class TestTabRowReader {
    private final TabRowReader reader = new TabRowReader();

    private Grid read(String... lines) {
        return reader.read(TextCleaner.clean("table.txt", String.join("\n", lines)).lines());
    }

    private static List<List<String>> texts(Grid grid) {
        return grid.rows().stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void everyTabIsAColumnBoundaryAndEmptyCellsArePlaceholders() {
        Grid grid = read(
                "表3 一般公共预算基本支出表",
                "科目编码\t科目名称\t合计\t人员经费\t公用经费",
                "",
                "---\t---\t---\t---\t---",
                "30101\t基本工资\t45.60\t45.60\t",
                "\t津贴补贴\t12.00\t12.00\t",
                "30201\t办公费\t3.20\t\t3.20");

        assertThat(grid.layout()).isEqualTo("tab_rows");
        assertThat(grid.rowsMarked()).isTrue();
        assertThat(grid.positional()).isTrue();
        assertThat(texts(grid)).containsExactly(
                List.of("表3 一般公共预算基本支出表"),
                List.of("科目编码", "科目名称", "合计", "人员经费", "公用经费"),
                List.of("30101", "基本工资", "45.60", "45.60", ""),
                List.of("", "津贴补贴", "12.00", "12.00", ""),
                List.of("30201", "办公费", "3.20", "", "3.20"));
        assertThat(grid.rows()).extracting(GridRow::line).containsExactly(1, 2, 5, 6, 7);
        assertThat(grid.rows()).noneMatch(GridRow::prose);
    }

    @Test
    void cellsAreStrippedOfTheSpacesAroundThem() {
        Grid grid = read("  一级指标 \t 二级指标\t三级指标  \t指标值");

        assertThat(texts(grid)).containsExactly(List.of("一级指标", "二级指标", "三级指标", "指标值"));
    }

    @Test
    void rowsAStructuredSourceSplitKeepTheirMergedCellsAndPlainLinesBesideThemAreProse() {
        Cell level1 = Cell.of("产出指标", 1).spanning(2, 1);
        Cell title = Cell.of("项目名称", 3);
        Cell name = Cell.of("城乡医疗救助", 3).spanning(1, 2);
        List<SourceLine> lines = List.of(
                SourceLine.row(1, List.of(level1, Cell.of("数量指标", 1), Cell.of("≥31万人", 1))),
                SourceLine.row(2, List.of(Cell.coveredBy(level1, 2), Cell.of("质量指标", 2), Cell.of("≥70%", 2))),
                SourceLine.row(3, List.of(title, name, Cell.coveredBy(name, 3))),
                new SourceLine(4, "注：本表金额单位为万元"),
                SourceLine.row(5, List.of(Cell.of("", 5), Cell.of("", 5))));

        Grid grid = reader.read(lines);

        assertThat(texts(grid)).containsExactly(
                List.of("产出指标", "数量指标", "≥31万人"),
                List.of("", "质量指标", "≥70%"),
                List.of("项目名称", "城乡医疗救助", ""),
                List.of("注：本表金额单位为万元"));
        assertThat(grid.at(0, 0).rowSpan()).isEqualTo(2);
        assertThat(grid.at(1, 0).isCovered()).isTrue();
        assertThat(grid.at(1, 0).mergedText()).isEqualTo("产出指标");
        assertThat(grid.at(2, 2).mergedText()).isEqualTo("城乡医疗救助");
        assertThat(grid.rows()).extracting(GridRow::prose).containsExactly(false, false, false, true);
    }
}
