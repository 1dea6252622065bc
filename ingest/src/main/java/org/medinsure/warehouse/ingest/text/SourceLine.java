package org.medinsure.warehouse.ingest.text;

import java.util.Objects;

/**
 * One line of cleaned text and the 1-based line of the original file it came from. Cleaning never
 * merges or reorders lines, so every fact keeps the position a person can open the file at.
 *
 * <p>A value class with the accessors, equality and string form of a record of
 * {@code (number, text)}; it is a class only so that it can keep whether it is blank, which the
 * layout readers ask of every line several times.
 */
public final class SourceLine {
    private final int number;
    private final String text;
    private final boolean blank;

    public SourceLine(int number, String text) {
        Objects.requireNonNull(text, "text is null");
        if (number < 1) {
            throw new IllegalArgumentException("Line numbers start at 1: " + number);
        }
        this.number = number;
        this.text = text;
        this.blank = text.isBlank();
    }

    public int number() {
        return number;
    }

    public String text() {
        return text;
    }

    public boolean isBlank() {
        return blank;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceLine line && number == line.number && text.equals(line.text);
    }

    @Override
    public int hashCode() {
        return 31 * Integer.hashCode(number) + text.hashCode();
    }

    @Override
    public String toString() {
        return "SourceLine[number=" + number + ", text=" + text + "]";
    }
}
