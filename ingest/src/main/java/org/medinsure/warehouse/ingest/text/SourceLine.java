package org.medinsure.warehouse.ingest.text;

import java.util.Objects;

/**
 * One line of cleaned text and the 1-based line of the original file it came from. Cleaning never
 * merges or reorders lines, so every fact keeps the position a person can open the file at.
 */
public record SourceLine(int number, String text) {
    public SourceLine {
        Objects.requireNonNull(text, "text is null");
        if (number < 1) {
            throw new IllegalArgumentException("Line numbers start at 1: " + number);
        }
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
