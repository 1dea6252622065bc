package org.medinsure.warehouse.ingest.budget.layout;

import java.util.ArrayList;
import java.util.List;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Tab-separated rows (Word/Excel exports): one line is one row and every tab opens a cell, so
 * blank cells keep their column. Lines without a tab are single-cell rows.
 */
public final class TabRowReader implements LayoutReader {
    @Override
    public List<Row> read(List<SourceLine> lines) {
        List<Row> rows = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (String part : line.text().split("\t", -1)) {
                cells.add(new Cell(part.strip(), line.number()));
            }
            rows.add(new Row(cells, line.number(), true));
        }
        return rows;
    }
}
