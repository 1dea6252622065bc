package org.medinsure.warehouse.ingest.budget;

import java.util.ArrayList;
import java.util.List;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;

/**
 * Puts the logical rows of a budget table printed as text joined by single spaces back together,
 * from the printed lines' pieces. Empty cells vanish in such text and a cell that wraps continues
 * on the next line(s). Numbers are cells of their own; neighbouring words merge into one text cell
 * (a space inside a line, nothing across a wrap, as the gold names are joined). A logical row
 * closes at a line that ends in a number once the row holds some text, so that a code printed
 * alone on its line ({@code 22960}) waits for its wrapped name and amounts. Rows made only of
 * numbers run on until text appears or the block ends. Lines above the first figure are header
 * lines, each a row of its own.
 */
final class UnalignedRows {
    private UnalignedRows() {
    }

    static Grid assemble(Grid printed) {
        List<GridRow> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = null;
        int textLine = 0;
        boolean hasText = false;
        boolean lastWasText = false;
        boolean figures = false;
        for (GridRow line : printed.rows()) {
            List<Cell> tokens = line.filledCells();
            boolean lineEndsInNumber = false;
            for (int i = 0; i < tokens.size(); i++) {
                Cell token = tokens.get(i);
                if (Amount.isNumberToken(token.text())) {
                    if (text != null) {
                        cells.add(Cell.of(text.toString(), textLine));
                        text = null;
                    }
                    cells.add(token);
                    lastWasText = false;
                    lineEndsInNumber = i == tokens.size() - 1;
                } else {
                    if (text == null) {
                        text = new StringBuilder(token.text());
                        textLine = token.firstLine();
                    } else {
                        // a wrap joins without a separator; words on one line keep their space
                        text.append(i == 0 && lastWasText ? "" : " ").append(token.text());
                    }
                    hasText = true;
                    lastWasText = true;
                }
            }
            boolean header = !figures && !lineHasNumber(tokens) && rows.isEmpty();
            figures |= lineHasNumber(tokens);
            if (header && text != null) {
                // lines above the first figure are the header's: each a row of its own, never glued
                // to the first row of figures below
                cells.add(Cell.of(text.toString(), textLine));
                text = null;
                rows.add(new GridRow(cells));
                cells = new ArrayList<>();
                hasText = false;
                lastWasText = false;
            } else if (lineEndsInNumber && hasText) {
                rows.add(new GridRow(cells));
                cells = new ArrayList<>();
                hasText = false;
                lastWasText = false;
            }
        }
        if (text != null) {
            cells.add(Cell.of(text.toString(), textLine));
        }
        if (!cells.isEmpty()) {
            rows.add(new GridRow(cells));
        }
        return printed.withRows(rows);
    }

    private static boolean lineHasNumber(List<Cell> tokens) {
        for (Cell token : tokens) {
            if (Amount.isNumberToken(token.text())) {
                return true;
            }
        }
        return false;
    }
}
