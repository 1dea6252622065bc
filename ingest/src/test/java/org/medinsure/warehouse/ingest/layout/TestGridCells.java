package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a grid: filled cells in reading order, positions, rows' lines. */
class TestGridCells {
    private static final Cell LEVEL_1 = Cell.of("产出指标", 2).spanning(2, 1);
    private static final GridRow HEADER = new GridRow(List.of(
            Cell.of("一级指标", 1), Cell.of("二级指标", 1), Cell.of("指标值", 1)));
    private static final GridRow FIRST = new GridRow(List.of(
            LEVEL_1, Cell.of("数量指标", 2), Cell.of("≥31万人", 2)));
    private static final GridRow SECOND = new GridRow(List.of(
            Cell.coveredBy(LEVEL_1, 3), new Cell(List.of("质量", "指标"), List.of(3, 4)), Cell.of("", 3)));
    private static final Grid GRID = new Grid("tab_rows", List.of(HEADER, FIRST, SECOND), true, true);

    @Test
    void filledCellsSkipBlankAndCoveredPositionsInReadingOrder() {
        assertThat(GRID.filledCells()).extracting(Cell::text)
                .containsExactly("一级指标", "二级指标", "指标值", "产出指标", "数量指标", "≥31万人", "质量指标");
        assertThat(SECOND.filledCells()).extracting(Cell::text).containsExactly("质量指标");
        assertThat(SECOND.cells()).hasSize(3);
    }

    @Test
    void aPositionOutsideItsRowIsNull() {
        assertThat(GRID.at(1, 1).text()).isEqualTo("数量指标");
        assertThat(GRID.at(2, 0).mergedText()).isEqualTo("产出指标");
        assertThat(GRID.at(2, 3)).isNull();
        assertThat(GRID.at(2, -1)).isNull();
    }

    @Test
    void aRowKnowsItsFirstAndLastLinesAndItsJoinedText() {
        assertThat(SECOND.line()).isEqualTo(3);
        assertThat(SECOND.lastLine()).isEqualTo(4);
        assertThat(FIRST.joinedText()).isEqualTo("产出指标 数量指标 ≥31万人");
        assertThat(SECOND.joinedText()).isEqualTo("质量指标");
        GridRow empty = new GridRow(List.of());
        assertThat(empty.line()).isZero();
        assertThat(empty.lastLine()).isZero();
        assertThat(empty.joinedText()).isEmpty();
    }

    @Test
    void aRowIsProseOnlyWhenSaidSo() {
        assertThat(FIRST.prose()).isFalse();
        assertThat(new GridRow(List.of(Cell.of("注：本表金额单位为万元", 9)), true).prose()).isTrue();
    }

    @Test
    void newRowsKeepTheLayoutAndItsFlags() {
        Grid grid = new Grid("cell_per_line", List.of(HEADER), false, false).withRows(List.of(FIRST, SECOND));

        assertThat(grid.layout()).isEqualTo("cell_per_line");
        assertThat(grid.rowsMarked()).isFalse();
        assertThat(grid.positional()).isFalse();
        assertThat(grid.rows()).containsExactly(FIRST, SECOND);
        assertThatThrownBy(() -> new Grid(null, List.of(), true, true))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("layout is null");
    }
}
