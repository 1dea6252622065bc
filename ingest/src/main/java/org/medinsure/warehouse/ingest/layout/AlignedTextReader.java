package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Space-aligned text, as {@code pdftotext -layout} prints a table: cells separated by runs of two
 * or more spaces and placed under their columns. The columns are found from the alignment of the
 * whole block, as the gutters that (almost) no line of two or more cells prints into; a piece of
 * text is placed in the column where it starts and spans the columns it runs over. A cell wrapped
 * over several lines is joined back: a line that only continues cells of the row above (text in
 * columns the row already fills, none of them a number there) belongs to that row, and a line
 * that only starts cells the next row leaves empty (vertically centred cells) belongs to the next.
 *
 * <p>A block whose column system changes (a form's header fields, then its indicator table) is
 * cut into regions first, and each region gets its own columns.
 *
 * <p>Columns are measured both in characters (what {@code pdftotext} pads) and in display width
 * (a Chinese character two columns, as a person aligning by eye pads), and the measure that puts
 * more lines cleanly into the columns is kept.
 */
public final class AlignedTextReader implements LayoutReader {
    /** Share of the multi-cell lines that may print into a gutter (a wide title or header cell). */
    private static final double GUTTER_TOLERANCE = 0.12;
    /** Clean lines a cut into two regions must gain over the whole. */
    private static final int MIN_GAIN = 2;

    /** The layout name of its grids: columns placed by geometry, which interpreters may trust. */
    public static final String NAME = "aligned_text";

    @Override
    public String name() {
        return NAME;
    }

    /** A run of text on one line between gaps of two or more spaces, with its extent in the measure used. */
    record Segment(String text, int start, int end) {
    }

    /** Whether a block looks space-aligned: enough of its lines hold two cells apart by a gap of 2+ spaces. */
    public static boolean looksAligned(List<SourceLine> lines) {
        int filled = 0;
        int gapped = 0;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            filled++;
            gapped += segments(line.text(), false).size() >= 2 ? 1 : 0;
        }
        return filled > 0 && gapped * 10 >= filled * 3;
    }

    @Override
    public Grid read(List<SourceLine> lines) {
        List<List<Segment>> byWidth = new ArrayList<>();
        List<List<Segment>> byChars = new ArrayList<>();
        for (SourceLine line : lines) {
            byWidth.add(line.isBlank() ? List.of() : segments(line.text(), true));
            byChars.add(line.isBlank() ? List.of() : segments(line.text(), false));
        }
        List<int[]> widthRegions = regions(byWidth, 0, lines.size());
        List<int[]> charRegions = regions(byChars, 0, lines.size());
        boolean displayWidth = score(byWidth, widthRegions) > score(byChars, charRegions);
        List<List<Segment>> segments = displayWidth ? byWidth : byChars;
        List<GridRow> rows = new ArrayList<>();
        for (int[] region : displayWidth ? widthRegions : charRegions) {
            Layout layout = layout(segments.subList(region[0], region[1]), true);
            rows.addAll(rows(lines.subList(region[0], region[1]), segments.subList(region[0], region[1]), layout));
        }
        return new Grid(name(), rows, true, true);
    }

    /**
     * The block cut where its column system changes (a form's header fields, then its indicator
     * table): a cut is made before a line of three or more cells when the two parts, each with
     * columns of its own, fit at least {@link #MIN_GAIN} more lines cleanly than the whole; the
     * best cut first, then the parts again. A header printed over two or three lines stays with its
     * rows, since cutting it off gains nothing.
     */
    private static List<int[]> regions(List<List<Segment>> segments, int from, int to) {
        int whole = layout(segments.subList(from, to), false).cleanLines();
        int best = -1;
        int bestScore = whole + MIN_GAIN - 1;
        for (int cut = from + 1; cut < to; cut++) {
            if (segments.get(cut).size() < 3 || multiLines(segments, from, cut) < 2
                    || multiLines(segments, cut, to) < 2) {
                continue;
            }
            int score = layout(segments.subList(from, cut), false).cleanLines()
                    + layout(segments.subList(cut, to), false).cleanLines();
            if (score > bestScore) {
                bestScore = score;
                best = cut;
            }
        }
        List<int[]> regions = new ArrayList<>();
        if (best < 0) {
            regions.add(new int[] {from, to});
        } else {
            regions.addAll(regions(segments, from, best));
            regions.addAll(regions(segments, best, to));
        }
        return regions;
    }

    private static int multiLines(List<List<Segment>> segments, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += segments.get(i).size() >= 2 ? 1 : 0;
        }
        return count;
    }

    /** Clean lines of every region, each with its own columns. */
    private static int score(List<List<Segment>> segments, List<int[]> regions) {
        int score = 0;
        for (int[] region : regions) {
            score += layout(segments.subList(region[0], region[1]), false).cleanLines();
        }
        return score;
    }

    /** Column starts found in one region, and how many of its lines of several cells fit them cleanly. */
    private record Layout(int[] columnStarts, int cleanLines) {
        int columnOf(int position) {
            int column = 0;
            while (column + 1 < columnStarts.length && columnStarts[column + 1] <= position) {
                column++;
            }
            return column;
        }
    }

    /**
     * The columns of a region: the gutters that (almost) no line of several cells prints into. A
     * line is clean when each of its cells lies in one column and no two share one. With
     * {@code splitShared}, two cells of one line that share a column make it two columns, whatever
     * the other lines print across the gap.
     */
    private static Layout layout(List<List<Segment>> region, boolean splitShared) {
        List<List<Segment>> multi = new ArrayList<>();
        int width = 0;
        for (List<Segment> segments : region) {
            if (segments.size() >= 2) {
                multi.add(segments);
                width = Math.max(width, segments.get(segments.size() - 1).end());
            }
        }
        int[] coverage = new int[width + 1];
        int leftmost = width;
        for (List<Segment> segments : multi) {
            leftmost = Math.min(leftmost, segments.get(0).start());
            for (Segment segment : segments) {
                for (int x = segment.start(); x < segment.end(); x++) {
                    coverage[x]++;
                }
            }
        }
        int tolerated = (int) Math.floor(multi.size() * GUTTER_TOLERANCE);
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>(List.of(0));
        boolean inGutter = false;
        for (int x = leftmost; x < width; x++) {
            boolean gutter = coverage[x] <= tolerated;
            if (!gutter && inGutter) {
                starts.add(x);
            }
            inGutter = gutter;
        }
        Layout gutters = new Layout(starts.stream().mapToInt(Integer::intValue).toArray(), 0);
        int clean = 0;
        for (List<Segment> segments : multi) {
            boolean fits = true;
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                int column = gutters.columnOf(segment.start());
                fits &= column == gutters.columnOf(Math.max(segment.start(), segment.end() - 1));
                if (i > 0 && column == gutters.columnOf(segments.get(i - 1).start())) {
                    fits = false;
                    if (splitShared) {
                        starts.add(segment.start());
                    }
                }
            }
            clean += fits ? 1 : 0;
        }
        return new Layout(starts.stream().mapToInt(Integer::intValue).toArray(), clean);
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
    private static List<GridRow> rows(List<SourceLine> lines, List<List<Segment>> segmentsByLine, Layout layout) {
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
            for (Segment segment : segmentsByLine.get(l)) {
                int first = layout.columnOf(segment.start());
                int last = layout.columnOf(Math.max(segment.start(), segment.end() - 1));
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
            if (previous != null && !afterBlank.get(i) && continues(previous, line)) {
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

    /** A line that only adds text to cells the row above already fills, none of them a number. */
    private static boolean continues(Cell[] row, Cell[] line) {
        int filled = 0;
        int rowFilled = 0;
        for (int c = 0; c < row.length; c++) {
            rowFilled += filled(row[c]) ? 1 : 0;
            if (!filled(line[c])) {
                continue;
            }
            filled++;
            if (!filled(row[c]) || looksNumeric(row[c].text()) || looksNumeric(line[c].text())) {
                return false;
            }
        }
        return filled > 0 && filled < rowFilled;
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
    private static boolean looksNumeric(String text) {
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
