package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One row of a {@link Grid}: its cells in reading order, blank placeholders included. */
public record GridRow(List<Cell> cells) {
    public GridRow {
        cells = List.copyOf(Objects.requireNonNull(cells, "cells is null"));
    }

    /** The non-blank cells; a plain loop, as interpreters ask for them for every row, often repeatedly. */
    public List<Cell> filledCells() {
        List<Cell> filled = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            if (!cell.isBlank()) {
                filled.add(cell);
            }
        }
        return Collections.unmodifiableList(filled);
    }

    /** The first source line of the row, 0 for a row with no cells. */
    public int line() {
        return cells.isEmpty() ? 0 : cells.get(0).firstLine();
    }
}
