package org.medinsure.warehouse.generator;

import java.util.List;
import java.util.Objects;

/** A piece of a document before it is laid out: a paragraph of text, or a grid of cells. */
public sealed interface Block {
    /** A line or paragraph of running text (titles, narrative, notes). */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text is null");
        }
    }

    /**
     * A table: rows of cells; a cell may span columns. The first {@code fieldRows} rows are form fields
     * (label, value, label, value…); the row after them is the header of the columns below.
     */
    record Grid(List<List<Cell>> rows, int fieldRows, int columns) implements Block {
        public Grid {
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                int width = row.stream().mapToInt(Cell::span).sum();
                if (width != columns) {
                    throw new IllegalArgumentException("row " + row + " spans " + width + " columns, not " + columns);
                }
            }
        }
    }

    /** A cell's text (empty for a merged cell printed once above) and how many columns it spans. */
    record Cell(String text, int span) {
        public Cell {
            Objects.requireNonNull(text, "text is null");
            if (span < 1) {
                throw new IllegalArgumentException("span " + span);
            }
        }

        public static Cell of(String text) {
            return new Cell(text, 1);
        }
    }
}
