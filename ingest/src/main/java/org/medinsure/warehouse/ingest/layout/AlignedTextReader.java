package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Space-aligned text, as {@code pdftotext -layout} prints a table: cells separated by runs of two
 * or more spaces and placed under their columns. The columns are found from the alignment of the
 * whole block ({@link ColumnLayout}), as the gutters that (almost) no line of two or more cells prints into; a piece of
 * text is placed in the column where it starts and spans the columns it runs over. A cell wrapped
 * over several lines is joined back: a line that only continues cells of the row above (text in
 * columns the row already fills, none of them a number there) belongs to that row, and a line
 * that only starts cells the next row leaves empty (vertically centred cells) belongs to the next.
 *
 * <p>One block is one column system: a reader of a form whose header fields and indicator table
 * are laid out differently reads them as two blocks.
 *
 * <p>Columns are measured both in characters (what {@code pdftotext} pads) and in display width
 * (a Chinese character two columns, as a person aligning by eye pads), and the measure that puts
 * more lines cleanly into the columns is kept.
 */
public final class AlignedTextReader implements LayoutReader {
    /** Leading spaces that place a lone cell in a column: deeper than a paragraph's first-line indent. */
    private static final int PLACED_INDENT = 8;
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile("[^：:\\s]{2,12}\\s*[：:]\\s*\\S");
    private static final java.util.regex.Pattern ITEM_NUMBER =
            java.util.regex.Pattern.compile("[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]");

    /** The layout name of its grids: columns placed by geometry, which interpreters may trust. */
    public static final String NAME = "aligned_text";

    @Override
    public String name() {
        return NAME;
    }

    /** A run of text on one line between gaps of two or more spaces, with its extent in the measure used. */
    record Segment(String text, int start, int end) {
    }

    /**
     * Whether a block looks space-aligned: enough of its lines hold two cells apart by a gap of 2+
     * spaces, or one cell placed deep in the line (a label wrapped in the second side of a table, a
     * side whose other cells are empty); text joined by single spaces shows neither.
     */
    public static boolean looksAligned(List<SourceLine> lines) {
        int filled = 0;
        int gapped = 0;
        int placed = 0;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            filled++;
            if (segments(line.text(), false).size() >= 2) {
                gapped++;
            } else if (indent(line.text()) >= PLACED_INDENT) {
                placed++;
            }
        }
        return filled > 0 && (gapped + placed) * 10 >= filled * 3 && gapped * 10 >= filled;
    }

    private static int indent(String text) {
        int spaces = 0;
        while (spaces < text.length() && text.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    @Override
    public Grid read(List<SourceLine> lines) {
        List<List<Segment>> byWidth = new ArrayList<>();
        List<List<Segment>> byChars = new ArrayList<>();
        for (SourceLine line : lines) {
            byWidth.add(line.isBlank() ? List.of() : segments(line.text(), true));
            byChars.add(line.isBlank() ? List.of() : segments(line.text(), false));
        }
        List<List<Segment>> aligned = SegmentAlignment.align(lines, byWidth);
        List<List<Segment>> alignedChars = SegmentAlignment.align(lines, byChars);
        ColumnLayout byWidthLayout = ColumnLayout.measure(aligned, false);
        ColumnLayout byCharsLayout = ColumnLayout.measure(alignedChars, false);
        // more lines fitting wins; on a tie, fewer columns (a wrong measure scatters cells over extra ones)
        boolean displayWidth = byWidthLayout.cleanLines() != byCharsLayout.cleanLines()
                ? byWidthLayout.cleanLines() > byCharsLayout.cleanLines()
                : byWidthLayout.columnStarts().length <= byCharsLayout.columnStarts().length;
        List<List<Segment>> segments = displayWidth ? aligned : alignedChars;
        return new Grid(name(), rows(lines, segments, ColumnLayout.measure(segments, true), displayWidth), true, true);
    }

    /** The text runs of a line: split at two or more spaces (or a tab), extents in the measure. */
    static List<Segment> segments(String text, boolean displayWidth) {
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        int start = -1;
        int startPosition = 0;
        int end = 0;
        int endPosition = 0;
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\f') {
                continue; // a page break takes no room on the line it starts
            }
            int width = displayWidth && isWide(c) ? 2 : 1;
            boolean space = c == ' ' || c == '\u3000';
            if (c == '\t') {
                spaces = 2;
            } else if (space) {
                spaces += c == '\u3000' ? 2 : 1;
            } else {
                if (start >= 0 && spaces >= 2) {
                    segments.add(new Segment(text.substring(start, end).strip(), startPosition, endPosition));
                    start = -1;
                }
                if (start < 0) {
                    start = i;
                    startPosition = position;
                }
                spaces = 0;
                end = i + 1;
                endPosition = position + width;
            }
            position += c == '\t' ? 8 - position % 8 : width;
        }
        if (start >= 0) {
            segments.add(new Segment(text.substring(start, end).strip(), startPosition, endPosition));
        }
        return segments;
    }

    /** Characters a terminal prints two columns wide: CJK ideographs, kana, hangul, full-width forms. */
    private static boolean isWide(char c) {
        return (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
                || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
                || (c >= '\uFFE0' && c <= '\uFFE6');
    }

    /** The printed lines placed in columns, then joined into rows where cells wrap. */
    private static List<GridRow> rows(List<SourceLine> lines, List<List<Segment>> segmentsByLine, ColumnLayout layout,
                                      boolean displayWidth) {
        int columns = layout.columnStarts().length;
        List<Cell[]> placed = new ArrayList<>();
        List<Boolean> afterBlank = new ArrayList<>();
        boolean blankBefore = false;
        for (int l = 0; l < lines.size(); l++) {
            SourceLine line = lines.get(l);
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            Cell[] cells = new Cell[columns];
            boolean figuresAlone = layout.leaves() != null && ColumnLayout.figuresAlone(segmentsByLine.get(l));
            for (Segment segment : letterSpaced(segmentsByLine.get(l), layout)) {
                int[] span = figuresAlone ? new int[] {layout.figureColumn(segment), layout.figureColumn(segment)}
                        : layout.span(segment);
                int first = span[0];
                int last = span[1];
                if (cells[first] != null && first + 1 < columns && cells[first + 1] == null) {
                    first++; // the column is taken by the cell before: this one is the next column's
                    last = Math.max(last, first);
                }
                if (cells[first] != null) {
                    cells[first] = cells[first].append(" " + segment.text(), line.number());
                    continue;
                }
                Cell cell = Cell.of(segment.text(), line.number());
                cells[first] = last > first ? cell.spanning(1, last - first + 1) : cell;
                for (int c = first + 1; c <= last; c++) {
                    if (cells[c] == null) {
                        cells[c] = Cell.coveredBy(cells[first], line.number());
                    }
                }
            }
            placed.add(cells);
            afterBlank.add(blankBefore);
            blankBefore = false;
        }
        List<Cell[]> rows = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Cell[] line = placed.get(i);
            Cell[] previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            Cell[] next = i + 1 < placed.size() && !afterBlank.get(i + 1) ? placed.get(i + 1) : null;
            if (previous != null && !afterBlank.get(i)) {
                closeBrackets(previous, line);
            }
            if (previous != null && !afterBlank.get(i) && continues(previous, line, layout, displayWidth)) {
                join(previous, line, false);
            } else if (next != null && startsBefore(line, next)) {
                join(next, line, true);
            } else {
                rows.add(line);
            }
        }
        List<GridRow> grid = new ArrayList<>();
        for (Cell[] row : rows) {
            int line = firstLine(row);
            List<Cell> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell == null ? Cell.of("", line) : cell);
            }
            grid.add(new GridRow(cells));
        }
        return grid;
    }

    /**
     * A word printed letter-spaced to fill its cell (收    入, 项    目): single characters that fall in
     * one column are one segment. Single characters in different columns (类  款  项 over three
     * code columns) stay apart.
     */
    private static List<Segment> letterSpaced(List<Segment> segments, ColumnLayout layout) {
        List<Segment> merged = new ArrayList<>();
        boolean spaced = false; // whether the last segment is single characters so far
        for (Segment segment : segments) {
            Segment previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean single = isSingleHan(segment.text());
            if (single && spaced && layout.columnOf(previous.start()) == layout.columnOf(segment.start())
                    && layout.columnOf(previous.start()) == layout.columnOf(segment.end() - 1)) {
                merged.set(merged.size() - 1, new Segment(previous.text() + segment.text(), previous.start(), segment.end()));
            } else {
                merged.add(segment);
                spaced = single;
            }
        }
        return merged;
    }

    static boolean isSingleHan(String text) {
        return text.length() == 1 && Character.isIdeographic(text.charAt(0));
    }

    /**
     * A line that only adds text to cells the row above already fills, none of them a number. In a
     * row of figures a cell wraps only when it fills its column: a short cell above (时效指标) means
     * the line is a row of its own whose figures are missing (a cut), not the cell's tail.
     */
    private static boolean continues(Cell[] row, Cell[] line, ColumnLayout layout, boolean displayWidth) {
        int filled = 0;
        int continued = 0;
        int rowFilled = 0;
        int shortCellsContinued = 0;
        boolean continuesLast = false;
        boolean figures = false;
        for (Cell cell : row) {
            figures |= filled(cell) && looksNumeric(cell.text());
        }
        for (int c = 0; c < row.length; c++) {
            rowFilled += filled(row[c]) ? 1 : 0;
            if (!filled(line[c])) {
                continue;
            }
            filled++;
            if (looksNumeric(line[c].text()) || ITEM_NUMBER.matcher(line[c].text()).lookingAt()
                    || LABELLED.matcher(line[c].text()).lookingAt()) {
                // a figure, the next item of a list (四、…, （二）…) or a field with its label (金额：…) is no cell's tail
                return false;
            }
            if (!filled(row[c])) {
                if (!figures) {
                    return false; // rows of a header stay apart
                }
                continue; // in a row of figures: a label centred on rows it merges, beside a wrapped cell's tail
            }
            boolean shortAbove = width(lastPiece(row[c]), displayWidth) * 10 < layout.width(c, row[c].colSpan()) * 6;
            if (looksNumeric(row[c].text()) || figures && shortAbove) {
                return false;
            }
            continued++;
            shortCellsContinued += shortAbove ? 1 : 0;
            continuesLast = c == lastFilled(row);
        }
        // text under several cells up to the row's last, one of them ending well short of its
        // column's edge, is the next row whose first cell is merged with this one's (a level label
        // printed once per group), not the tails of wrapped cells
        if (continued >= 2 && continuesLast && shortCellsContinued > 0) {
            return false;
        }
        return continued > 0 && filled < rowFilled;
    }

    private static int lastFilled(Cell[] row) {
        for (int c = row.length - 1; c >= 0; c--) {
            if (filled(row[c])) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Moves the tail of a bracket a cell above left open ({@code 产出指标（50} / {@code 分）}) up into
     * that cell: a row of its own would start with half a label.
     */
    private static void closeBrackets(Cell[] row, Cell[] line) {
        for (int c = 0; c < row.length; c++) {
            if (filled(row[c]) && filled(line[c]) && opensBracket(row[c].text()) && closesFirst(line[c].text())) {
                row[c] = row[c].append(line[c].text(), line[c].firstLine());
                line[c] = Cell.of("", line[c].firstLine());
            }
        }
    }

    private static boolean opensBracket(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    private static boolean closesFirst(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                return false;
            }
            if (c == '）' || c == ')') {
                return true;
            }
        }
        return false;
    }

    private static String lastPiece(Cell cell) {
        return cell.pieces().get(cell.pieces().size() - 1).strip();
    }

    /**
     * The columns a terminal (and {@code pdftotext -layout}) gives a text: two for a CJK or
     * full-width character, one otherwise. Renderers that place text on a grid for this reader use
     * the same measure.
     */
    public static int displayWidth(String text) {
        return width(text, true);
    }

    private static int width(String text, boolean displayWidth) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += displayWidth && isWide(text.charAt(i)) ? 2 : 1;
        }
        return width;
    }

    /** A line of text cells the next line leaves empty, the next line filling more: its cells start above it. */
    private static boolean startsBefore(Cell[] line, Cell[] next) {
        int filled = 0;
        int nextFilled = 0;
        for (int c = 0; c < line.length; c++) {
            nextFilled += filled(next[c]) ? 1 : 0;
            if (!filled(line[c])) {
                continue;
            }
            filled++;
            if (filled(next[c]) || next[c] != null && next[c].isCovered() || looksNumeric(line[c].text())) {
                return false;
            }
        }
        return filled > 0 && nextFilled > filled;
    }

    /** Adds the line's cells to the row's, after them or, for a line printed above, before them. */
    private static void join(Cell[] row, Cell[] line, boolean before) {
        for (int c = 0; c < row.length; c++) {
            if (!filled(line[c])) {
                continue;
            }
            if (row[c] == null || row[c].isBlank()) {
                row[c] = line[c];
                continue;
            }
            Cell first = before ? line[c] : row[c];
            Cell second = before ? row[c] : line[c];
            Cell joined = first;
            for (int p = 0; p < second.pieces().size(); p++) {
                joined = joined.append(second.pieces().get(p), second.lines().get(p));
            }
            row[c] = joined;
        }
    }

    private static boolean filled(Cell cell) {
        return cell != null && !cell.isBlank();
    }

    private static int firstLine(Cell[] row) {
        return Arrays.stream(row).filter(cell -> cell != null).mapToInt(Cell::firstLine).min().orElse(1);
    }

    /** A figure, a percentage or a bound: text a wrapped cell never continues. */
    static boolean looksNumeric(String text) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return digits > 0 && digits >= letters;
    }
}
