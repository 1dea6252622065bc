package org.medinsure.warehouse.ingest.layout;

import java.util.List;
import java.util.Objects;

/**
 * One table cell as a layout reader found it. A cell wrapped over several lines keeps each printed
 * piece and the line it came from, so that a fact can always point back into the original file.
 */
public record Cell(List<String> pieces, List<Integer> lines) {
    public Cell {
        pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces is null"));
        lines = List.copyOf(Objects.requireNonNull(lines, "lines is null"));
        if (pieces.isEmpty() || pieces.size() != lines.size()) {
            throw new IllegalArgumentException("A cell needs one source line per piece: " + pieces + " " + lines);
        }
    }

    public static Cell of(String text, int line) {
        return new Cell(List.of(text), List.of(line));
    }

    /** Pieces joined with no separator: wrapped cell text continues mid-word in Chinese. */
    public String text() {
        return String.join("", pieces).strip();
    }

    /** The first printed piece, for label-and-value cells whose later lines are another field. */
    public String firstPiece() {
        return pieces.get(0).strip();
    }

    public int firstLine() {
        return lines.get(0);
    }

    public boolean isBlank() {
        return text().isEmpty();
    }

    public Cell append(String piece, int line) {
        List<String> morePieces = new java.util.ArrayList<>(pieces);
        List<Integer> moreLines = new java.util.ArrayList<>(lines);
        morePieces.add(piece);
        moreLines.add(line);
        return new Cell(morePieces, moreLines);
    }
}
