package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link Grid}: its cells in reading order, blank placeholders included.
 *
 * <p>A value class with the accessor, equality and string form of a record of {@code (cells)};
 * it is a class only so that it can keep its filled cells, which the interpreters ask for several
 * times per row.
 */
public final class GridRow {
    private final List<Cell> cells;
    private final List<Cell> filledCells;
    private final boolean prose;

    public GridRow(List<Cell> cells) {
        this(cells, false);
    }

    /**
     * @param prose true for a line of running text that a structured source (an HTML page, a Word
     *     file) printed outside its tables: it can never continue a table row
     */
    public GridRow(List<Cell> cells, boolean prose) {
        this.prose = prose;
        this.cells = List.copyOf(Objects.requireNonNull(cells, "cells is null"));
        int blank = 0;
        for (Cell cell : this.cells) {
            blank += cell.isBlank() ? 1 : 0;
        }
        if (blank == 0) {
            this.filledCells = this.cells; // the common row: no copy
            return;
        }
        List<Cell> filled = new ArrayList<>(this.cells.size() - blank);
        for (Cell cell : this.cells) {
            if (!cell.isBlank()) {
                filled.add(cell);
            }
        }
        this.filledCells = Collections.unmodifiableList(filled);
    }

    public List<Cell> cells() {
        return cells;
    }

    /** The non-blank cells, in reading order. */
    public List<Cell> filledCells() {
        return filledCells;
    }

    /** Whether the row is running text outside the tables of a structured source. */
    public boolean prose() {
        return prose;
    }

    /** The filled cells' texts joined by single spaces. */
    public String joinedText() {
        StringBuilder text = new StringBuilder();
        for (Cell cell : filledCells) {
            text.append(text.isEmpty() ? "" : " ").append(cell.text());
        }
        return text.toString();
    }

    /** The first source line of the row, 0 for a row with no cells. */
    public int line() {
        int first = 0;
        for (Cell cell : cells) {
            first = first == 0 ? cell.firstLine() : Math.min(first, cell.firstLine());
        }
        return first;
    }

    /** The last source line any of the row's cells was printed on, 0 for a row with no cells. */
    public int lastLine() {
        int last = 0;
        for (Cell cell : cells) {
            for (int line : cell.lines()) {
                last = Math.max(last, line);
            }
        }
        return last;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GridRow row && cells.equals(row.cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    @Override
    public String toString() {
        return "GridRow[cells=" + cells + "]";
    }
}
