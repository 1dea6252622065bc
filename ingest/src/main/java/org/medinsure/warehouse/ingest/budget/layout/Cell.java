package org.medinsure.warehouse.ingest.budget.layout;

import java.util.Objects;

/**
 * One cell of a neutral grid: its text as printed (possibly joined from several wrapped lines) and
 * the original file line where it starts. A blank cell is kept only by layouts that preserve
 * column positions (tab rows); space-aligned text cannot show an empty cell.
 */
public record Cell(String text, int line) {
    public Cell {
        Objects.requireNonNull(text, "text is null");
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
