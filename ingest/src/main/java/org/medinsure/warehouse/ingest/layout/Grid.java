package org.medinsure.warehouse.ingest.layout;

import java.util.List;
import java.util.Objects;

/**
 * The neutral result of every layout reader: rows of cells with their source lines. Form
 * interpreters read grids by their labels and never need to know which layout produced them.
 *
 * @param rowsMarked false when the layout does not show where a row ends (one cell per line with
 *     no row separator): consecutive one-cell rows are then cells of one stream that the reader of
 *     the table regroups by its column count; true when every row is a printed row
 */
public record Grid(String layout, List<GridRow> rows, boolean rowsMarked) {
    public Grid {
        Objects.requireNonNull(layout, "layout is null");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows is null"));
    }

    public Grid(String layout, List<GridRow> rows) {
        this(layout, rows, true);
    }

    /** All non-blank cells in reading order, for label searches that cross row boundaries. */
    public List<Cell> filledCells() {
        return rows.stream().flatMap(row -> row.filledCells().stream()).toList();
    }
}
