package org.medinsure.warehouse.ingest.layout;

import java.util.List;
import java.util.Objects;

/**
 * The neutral result of every layout reader: rows of cells with their source lines. Form and table
 * interpreters read grids by their labels and never need to know which layout produced them.
 *
 * @param rowsMarked false when the layout does not show where a row ends (one cell per line with
 *     no row separator): consecutive one-cell rows are then cells of one stream that the reader of
 *     the table regroups by its column count; true when every row is a printed row
 * @param positional true when a cell's index in its row is its column (tab rows, pipe tables,
 *     HTML, aligned text: blank and merged positions are kept); false when the layout drops empty
 *     cells and only the reading order is known (text joined by single spaces, one cell per line)
 */
public record Grid(String layout, List<GridRow> rows, boolean rowsMarked, boolean positional) {
    public Grid {
        Objects.requireNonNull(layout, "layout is null");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows is null"));
    }

    /** The non-blank cells in reading order, for label searches that cross row boundaries. */
    public List<Cell> filledCells() {
        return rows.stream().flatMap(row -> row.filledCells().stream()).toList();
    }

    /** The cell at a row and column of a positional grid; null outside the row. */
    public Cell at(int row, int column) {
        List<Cell> cells = rows.get(row).cells();
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    public Grid withRows(List<GridRow> newRows) {
        return new Grid(layout, newRows, rowsMarked, positional);
    }
}
