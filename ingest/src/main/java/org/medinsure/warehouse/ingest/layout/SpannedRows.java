package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table whose source states its merged cells (HTML {@code rowspan}/{@code colspan},
 * Word {@code gridSpan}/{@code vMerge}, Excel merged regions): each merged cell is placed once as
 * the anchor of its span, and every other position it covers becomes a covered cell pointing at
 * it, so that columns line up in every row. Rows are handed out as cells placed on the line a
 * renderer gives them.
 */
public final class SpannedRows {
    /** Spans beyond this are markup errors, not tables; they are cut so that one cell cannot fill memory. */
    public static final int MAX_SPAN = 200;
    private final List<Cell[]> grid = new ArrayList<>();

    /**
     * Places a cell at the first free column of {@code row} at or after {@code from} (positions a
     * span from an earlier row already covers are skipped); returns the column after it.
     */
    public int place(int row, int from, String text, int rowSpan, int colSpan) {
        int column = from;
        while (occupied(row, column)) {
            column++;
        }
        placeAt(row, column, text, rowSpan, colSpan);
        return column + Math.max(1, Math.min(colSpan, MAX_SPAN));
    }

    /** Places a cell at a fixed position, as a spreadsheet states it. */
    public void placeAt(int row, int column, String text, int rowSpan, int colSpan) {
        int rows = Math.max(1, Math.min(rowSpan, MAX_SPAN));
        int columns = Math.max(1, Math.min(colSpan, MAX_SPAN));
        Cell anchor = Cell.of(text, 0);
        if (rows > 1 || columns > 1) {
            anchor = anchor.spanning(rows, columns);
        }
        for (int dr = 0; dr < rows; dr++) {
            for (int dc = 0; dc < columns; dc++) {
                put(row + dr, column + dc, dr == 0 && dc == 0 ? anchor : Cell.coveredBy(anchor, 0));
            }
        }
    }

    /** How many rows hold a placed or covered cell. */
    public int size() {
        return grid.size();
    }

    /**
     * Row {@code row}'s cells placed on {@code line} (an empty position is a blank cell; covered
     * cells learn their line here); empty when no cell of the row starts there with text.
     */
    public List<Cell> row(int row, int line) {
        Cell[] cells = row < grid.size() ? grid.get(row) : new Cell[0];
        List<Cell> placed = new ArrayList<>(cells.length);
        boolean filled = false;
        for (Cell cell : cells) {
            Cell at = cell == null ? Cell.of("", line) : relined(cell, line);
            filled |= !at.isBlank();
            placed.add(at);
        }
        return filled ? placed : List.of();
    }

    private static Cell relined(Cell cell, int line) {
        if (cell.isCovered()) {
            return Cell.coveredBy(cell, line);
        }
        Cell placed = Cell.of(cell.text(), line);
        return cell.rowSpan() > 1 || cell.colSpan() > 1 ? placed.spanning(cell.rowSpan(), cell.colSpan()) : placed;
    }

    private boolean occupied(int row, int column) {
        return row < grid.size() && column < grid.get(row).length && grid.get(row)[column] != null;
    }

    private void put(int row, int column, Cell cell) {
        while (grid.size() <= row) {
            grid.add(new Cell[0]);
        }
        Cell[] cells = grid.get(row);
        if (cells.length <= column) {
            Cell[] wider = new Cell[column + 1];
            System.arraycopy(cells, 0, wider, 0, cells.length);
            grid.set(row, wider);
            cells = wider;
        }
        if (cells[column] == null) {
            cells[column] = cell;
        }
    }
}
