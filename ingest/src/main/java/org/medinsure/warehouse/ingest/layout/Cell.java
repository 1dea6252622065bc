package org.medinsure.warehouse.ingest.layout;

import java.util.List;
import java.util.Objects;

/**
 * One table cell as a layout reader found it. A cell wrapped over several lines keeps each printed
 * piece and the line it came from, so that a fact can always point back into the original file.
 *
 * <p>A value class with the accessors, equality and string form of a record of
 * {@code (pieces, lines)}; it is a class only so that it can keep its joined text, which the
 * interpreters ask for many times per cell.
 */
public final class Cell {
    /** All pieces and their lines; null for a one-piece cell, which keeps only its piece and line. */
    private final List<String> pieces;
    private final List<Integer> lines;
    private final String firstPiece;
    private final int firstLine;
    /** {@link #text()}, joined once: the cell is immutable. */
    private final String text;

    public Cell(List<String> pieces, List<Integer> lines) {
        this.pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces is null"));
        this.lines = List.copyOf(Objects.requireNonNull(lines, "lines is null"));
        if (this.pieces.isEmpty() || this.pieces.size() != this.lines.size()) {
            throw new IllegalArgumentException("A cell needs one source line per piece: " + pieces + " " + lines);
        }
        this.firstPiece = this.pieces.get(0);
        this.firstLine = this.lines.get(0);
        this.text = this.pieces.size() == 1 ? firstPiece.strip() : String.join("", this.pieces).strip();
    }

    /** A one-piece cell, the common case: built without any list. */
    private Cell(String piece, int line) {
        this.pieces = null;
        this.lines = null;
        this.firstPiece = Objects.requireNonNull(piece, "piece is null");
        this.firstLine = line;
        this.text = piece.strip();
    }

    public static Cell of(String text, int line) {
        return new Cell(text, line);
    }

    public List<String> pieces() {
        return pieces != null ? pieces : List.of(firstPiece);
    }

    public List<Integer> lines() {
        return lines != null ? lines : List.of(firstLine);
    }

    /** Pieces joined with no separator: wrapped cell text continues mid-word in Chinese. */
    public String text() {
        return text;
    }

    /** The first printed piece, for label-and-value cells whose later lines are another field. */
    public String firstPiece() {
        return firstPiece.strip();
    }

    public int firstLine() {
        return firstLine;
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    public Cell append(String piece, int line) {
        List<String> morePieces = new java.util.ArrayList<>(pieces());
        List<Integer> moreLines = new java.util.ArrayList<>(lines());
        morePieces.add(piece);
        moreLines.add(line);
        return new Cell(morePieces, moreLines);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cell cell && pieces().equals(cell.pieces()) && lines().equals(cell.lines());
    }

    @Override
    public int hashCode() {
        return 31 * pieces().hashCode() + lines().hashCode();
    }

    @Override
    public String toString() {
        return "Cell[pieces=" + pieces() + ", lines=" + lines() + "]";
    }
}
