package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One table cell as a layout reader found it. A cell wrapped over several lines keeps each printed
 * piece and the line it came from, so that a fact can always point back into the original file.
 *
 * <p>A merged cell is one anchor cell with its {@link #rowSpan()} and {@link #colSpan()}; in a
 * positional grid every other position it covers holds a {@linkplain #isCovered() covered} cell
 * that is blank but knows its anchor. Interpreters read blanks where a merged cell is printed once
 * and ask {@link #mergedText()} where they want the merged value on every row.
 */
public final class Cell {
    /** All pieces and their lines; null for a one-piece cell, which keeps only its piece and line. */
    private final List<String> pieces;
    private final List<Integer> lines;
    private final String firstPiece;
    private final int firstLine;
    /** {@link #text()}, joined once: the cell is immutable. */
    private final String text;
    private final int rowSpan;
    private final int colSpan;
    /** The merged cell this position lies under, null for a printed cell. */
    private final Cell anchor;

    public Cell(List<String> pieces, List<Integer> lines) {
        this.pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces is null"));
        this.lines = List.copyOf(Objects.requireNonNull(lines, "lines is null"));
        if (this.pieces.isEmpty() || this.pieces.size() != this.lines.size()) {
            throw new IllegalArgumentException("A cell needs one source line per piece: " + pieces + " " + lines);
        }
        this.firstPiece = this.pieces.get(0);
        this.firstLine = this.lines.get(0);
        this.text = this.pieces.size() == 1 ? firstPiece.strip() : String.join("", this.pieces).strip();
        this.rowSpan = 1;
        this.colSpan = 1;
        this.anchor = null;
    }

    /** A one-piece cell, the common case: built without any list. */
    private Cell(String piece, int line) {
        this(null, null, Objects.requireNonNull(piece, "piece is null"), line, piece.strip(), 1, 1, null);
    }

    private Cell(List<String> pieces, List<Integer> lines, String firstPiece, int firstLine, String text, int rowSpan,
                 int colSpan, Cell anchor) {
        this.pieces = pieces;
        this.lines = lines;
        this.firstPiece = firstPiece;
        this.firstLine = firstLine;
        this.text = text;
        this.rowSpan = rowSpan;
        this.colSpan = colSpan;
        this.anchor = anchor;
    }

    public static Cell of(String text, int line) {
        return new Cell(text, line);
    }

    /** The blank position at {@code line} under a merged cell. */
    public static Cell coveredBy(Cell anchor, int line) {
        Objects.requireNonNull(anchor, "anchor is null");
        Cell origin = anchor.anchor == null ? anchor : anchor.anchor;
        return new Cell(null, null, "", line, "", 1, 1, origin);
    }

    /** This cell as the anchor of a merged cell spanning the given rows and columns. */
    public Cell spanning(int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("Cannot span " + rows + " rows and " + columns + " columns");
        }
        return new Cell(pieces, lines, firstPiece, firstLine, text, rows, columns, anchor);
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

    /** The text of the merged cell this position lies under, or this cell's own text. */
    public String mergedText() {
        return anchor == null ? text : anchor.text;
    }

    /** The merged cell this blank position lies under; null for a cell that no merged cell covers. */
    public Cell mergedCell() {
        return anchor;
    }

    /** The first printed piece, for label-and-value cells whose later lines are another field. */
    public String firstPiece() {
        return firstPiece.strip();
    }

    public int firstLine() {
        return firstLine;
    }

    public int rowSpan() {
        return rowSpan;
    }

    public int colSpan() {
        return colSpan;
    }

    public boolean isCovered() {
        return anchor != null;
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    public Cell append(String piece, int line) {
        List<String> morePieces = new ArrayList<>(pieces());
        List<Integer> moreLines = new ArrayList<>(lines());
        morePieces.add(piece);
        moreLines.add(line);
        Cell joined = new Cell(morePieces, moreLines);
        return rowSpan == 1 && colSpan == 1 ? joined : joined.spanning(rowSpan, colSpan);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cell cell && pieces().equals(cell.pieces()) && lines().equals(cell.lines())
                && rowSpan == cell.rowSpan && colSpan == cell.colSpan && (anchor == null) == (cell.anchor == null);
    }

    @Override
    public int hashCode() {
        return 31 * pieces().hashCode() + lines().hashCode();
    }

    @Override
    public String toString() {
        String spans = rowSpan == 1 && colSpan == 1 ? "" : ", span=" + rowSpan + "x" + colSpan;
        return (anchor == null ? "Cell[pieces=" + pieces() : "Cell[covered by " + anchor.text) + ", lines=" + lines()
                + spans + "]";
    }
}
