package org.medinsure.warehouse.ingest.budget.layout;

import java.util.List;

/**
 * A logical row of a table: its cells and the first original line it came from.
 *
 * @param positional true when blank cells are kept so that a cell's index is its column (tab
 *     rows); false when the layout drops empty cells (space-aligned PDF text) and columns must
 *     be inferred
 */
public record Row(List<Cell> cells, int firstLine, boolean positional) {
    public Row {
        cells = List.copyOf(cells);
    }

    public String joinedText() {
        StringBuilder text = new StringBuilder();
        for (Cell cell : cells) {
            text.append(cell.text()).append(' ');
        }
        return text.toString().strip();
    }
}
