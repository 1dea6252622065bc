package org.medinsure.warehouse.ingest.layout;

import java.util.List;
import java.util.Objects;

/**
 * The neutral result of every layout reader: rows of cells with their source lines. Form
 * interpreters read grids by their labels and never need to know which layout produced them.
 */
public record Grid(String layout, List<GridRow> rows) {
    public Grid {
        Objects.requireNonNull(layout, "layout is null");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows is null"));
    }

    /** All non-blank cells in reading order, for label searches that cross row boundaries. */
    public List<Cell> filledCells() {
        return rows.stream().flatMap(row -> row.filledCells().stream()).toList();
    }
}
