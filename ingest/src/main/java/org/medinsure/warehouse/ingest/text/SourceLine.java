package org.medinsure.warehouse.ingest.text;

import java.util.List;
import java.util.Objects;
import org.medinsure.warehouse.ingest.layout.Cell;

/**
 * One line of cleaned text and the 1-based line of the original file it came from. Cleaning never
 * merges or reorders lines, so every fact keeps the position a person can open the file at.
 *
 * <p>A line rendered from a structured source (a row of an HTML, Word or spreadsheet table) also
 * keeps the cells that source gave it, merged cells included; its text is those cells joined by
 * tabs, so that searches by words see it like any tab-separated row. Its number is then its
 * position in the rendered text, which the document's {@code LineOrigins} map back to the file.
 *
 * <p>A value class with the accessors, equality and string form of a record of
 * {@code (number, text)}; it is a class only so that it can keep whether it is blank, which the
 * layout readers ask of every line several times.
 */
public final class SourceLine {
    private final int number;
    private final String text;
    private final boolean blank;
    private final List<Cell> cells;

    public SourceLine(int number, String text) {
        this(number, text, null);
    }

    private SourceLine(int number, String text, List<Cell> cells) {
        Objects.requireNonNull(text, "text is null");
        if (number < 1) {
            throw new IllegalArgumentException("Line numbers start at 1: " + number);
        }
        this.number = number;
        this.text = text;
        this.blank = text.isBlank();
        this.cells = cells;
    }

    /** A table row a structured source split into cells. */
    public static SourceLine row(int number, List<Cell> cells) {
        List<Cell> copied = List.copyOf(Objects.requireNonNull(cells, "cells is null"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < copied.size(); i++) {
            text.append(i == 0 ? "" : "\t").append(copied.get(i).text());
        }
        return new SourceLine(number, text.toString(), copied);
    }

    /** The cells a structured source gave this line, null for a line of plain text. */
    public List<Cell> cells() {
        return cells;
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
