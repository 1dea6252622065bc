package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells wrapped over lines, merged cells and the blank positions they cover. */
class TestCellMerging {

    @Test
    void aWrappedCellJoinsItsPiecesWithoutASeparatorAndKeepsTheirLines() {
        Cell cell = new Cell(List.of("城乡居民医保", "参保人数 "), List.of(7, 8));

        assertThat(cell.text()).isEqualTo("城乡居民医保参保人数");
        assertThat(cell.pieces()).containsExactly("城乡居民医保", "参保人数 ");
        assertThat(cell.lines()).containsExactly(7, 8);
        assertThat(cell.firstPiece()).isEqualTo("城乡居民医保");
        assertThat(cell.firstLine()).isEqualTo(7);
    }

    @Test
    void aOnePieceCellIsStrippedButKeepsItsPrintedPiece() {
        Cell cell = Cell.of(" 产出指标  ", 3);

        assertThat(cell.text()).isEqualTo("产出指标");
        assertThat(cell.firstPiece()).isEqualTo("产出指标");
        assertThat(cell.pieces()).containsExactly(" 产出指标  ");
        assertThat(cell.lines()).containsExactly(3);
        assertThat(cell.rowSpan()).isEqualTo(1);
        assertThat(cell.colSpan()).isEqualTo(1);
        assertThat(cell.mergedText()).isEqualTo("产出指标");
        assertThat(Cell.of("  ", 3).isBlank()).isTrue();
    }

    @Test
    void appendingToAMergedCellKeepsItsSpans() {
        Cell cell = Cell.of("项目资金", 2).spanning(1, 3).append("（万元）", 3);

        assertThat(cell.text()).isEqualTo("项目资金（万元）");
        assertThat(cell.lines()).containsExactly(2, 3);
        assertThat(cell.rowSpan()).isEqualTo(1);
        assertThat(cell.colSpan()).isEqualTo(3);
    }

    @Test
    void aCoveredPositionIsBlankButKnowsTheTextOfItsMergedCell() {
        Cell anchor = Cell.of("产出指标", 4).spanning(3, 1);
        Cell covered = Cell.coveredBy(anchor, 5);

        assertThat(covered.isCovered()).isTrue();
        assertThat(covered.isBlank()).isTrue();
        assertThat(covered.text()).isEmpty();
        assertThat(covered.firstLine()).isEqualTo(5);
        assertThat(covered.mergedText()).isEqualTo("产出指标");
        assertThat(anchor.isCovered()).isFalse();
        // a position covered "by" a covered position lies under the same merged cell
        assertThat(Cell.coveredBy(covered, 6).mergedText()).isEqualTo("产出指标");
        // a covered position is not the same as an empty printed cell
        assertThat(covered).isNotEqualTo(Cell.of("", 5));
    }

    @Test
    void badSpansAndPiecesWithoutLinesAreRefused() {
        assertThatThrownBy(() -> Cell.of("合计", 1).spanning(0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot span 0 rows and 2 columns");
        assertThatThrownBy(() -> new Cell(List.of("城乡居民医保", "参保人数"), List.of(7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one source line per piece");
        assertThatThrownBy(() -> new Cell(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cell.coveredBy(null, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("anchor is null");
    }
}
