package org.medinsure.warehouse.ingest.layout;

import java.util.List;
import java.util.Objects;

/** One row of a {@link Grid}: its cells in reading order, blank placeholders included. */
public record GridRow(List<Cell> cells) {
    public GridRow {
        cells = List.copyOf(Objects.requireNonNull(cells, "cells is null"));
    }

    public List<Cell> filledCells() {
        return cells.stream().filter(cell -> !cell.isBlank()).toList();
    }

    /** The first source line of the row, 0 for a row with no cells. */
    public int line() {
        return cells.isEmpty() ? 0 : cells.get(0).firstLine();
    }
}
