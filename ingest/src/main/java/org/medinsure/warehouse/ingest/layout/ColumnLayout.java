package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medinsure.warehouse.ingest.layout.AlignedTextReader.Segment;

/**
 * The columns of a block of space-aligned text, measured from the whole block: the gutters that
 * (almost) no line of several cells prints into, the header-only columns right of every figure,
 * and, where few rows hold figures, the header's labels, under which a line of figures alone is
 * placed. How many lines fit the columns cleanly tells two measures (characters, display width)
 * apart.
 *
 * @param columnStarts where each column starts, in the measure used
 * @param cleanLines lines of several cells whose cells each lie in one column, no two sharing one
 * @param end where the widest line ends
 * @param leaves the header's leaf labels per column where few rows hold figures; null otherwise
 */
record ColumnLayout(int[] columnStarts, int cleanLines, int end, ColumnLayout.HeaderLeaves leaves) {
    /** Share of the multi-cell lines that may print into a gutter (a wide title or header cell). */
    private static final double GUTTER_TOLERANCE = 0.12;
    /** Widest gap between the letters of a letter-spaced word. */
    private static final int LETTER_SPACING = 4;
    /** Rows holding figures that suffice to set the columns without the header rows. */
    private static final int MIN_FIGURE_ROWS = 3;
    /** Header cells of one empty column start within this many columns of each other (centred, wrapped). */
    private static final int EMPTY_COLUMN_SPREAD = 4;

    /** The width of {@code span} columns from column {@code column}; the last ends where its widest text does. */
    int width(int column, int span) {
        int end = column + span;
        int to = end >= columnStarts.length ? this.end : columnStarts[end];
        return Math.max(1, to - columnStarts[column]);
    }

    /**
     * The column of a figure on a line of figures alone under a header of centred labels: the
     * leaf label it lies mostly under, else the last leaf centred left of it (figures are printed
     * right-aligned, so they sit right of their label's centre, often past its end).
     */
    int figureColumn(Segment figure) {
        int column = -1;
        double centre = (figure.start() + figure.end()) / 2.0;
        for (int c = 0; c < columnStarts.length; c++) {
            if (leaves.start[c] < 0) {
                continue;
            }
            int overlap = Math.min(figure.end(), leaves.end[c]) - Math.max(figure.start(), leaves.start[c]);
            if (overlap * 2 >= figure.end() - figure.start()) {
                return c;
            }
            if ((leaves.start[c] + leaves.end[c]) / 2.0 <= centre + 1) {
                column = c;
            }
        }
        return column >= 0 ? column : columnOf(figure.start());
    }

    int columnOf(int position) {
        int column = 0;
        while (column + 1 < columnStarts.length && columnStarts[column + 1] <= position) {
            column++;
        }
        return column;
    }

    /**
     * The first and last column a cell covers: those it fills half of, or that hold half of
     * it. A label centred or left-aligned a little left of its right-aligned figures starts in
     * the gutter before its column and still belongs to that column.
     */
    int[] span(Segment segment) {
        int first = -1;
        int last = -1;
        int best = columnOf(segment.start());
        int bestOverlap = -1;
        int width = segment.end() - segment.start();
        for (int c = 0; c < columnStarts.length; c++) {
            int from = columnStarts[c];
            int to = c + 1 < columnStarts.length ? columnStarts[c + 1] : Integer.MAX_VALUE;
            int overlap = Math.max(0, Math.min(segment.end(), to) - Math.max(segment.start(), from));
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = c;
            }
            boolean fillsHalf = to != Integer.MAX_VALUE && overlap * 2 >= to - from;
            if (overlap > 0 && (overlap * 2 >= width || fillsHalf)) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        return first < 0 ? new int[] {best, best} : new int[] {first, last};
    }

    /**
     * The columns of a block: the gutters that (almost) no line of several cells prints into. A
     * line is clean when each of its cells lies in one column and no two share one. With
     * {@code splitShared}, two cells of one line that share a column make it two columns, whatever
     * the other lines print across the gap.
     */
    static ColumnLayout measure(List<List<Segment>> block, boolean splitShared) {
        List<List<Segment>> all = new ArrayList<>();
        List<List<Segment>> figures = new ArrayList<>();
        for (List<Segment> segments : block) {
            if (segments.size() >= 2) {
                all.add(segments);
                if (segments.stream().anyMatch(segment -> AlignedTextReader.looksNumeric(segment.text()))) {
                    figures.add(segments);
                }
            }
        }
        // rows of figures set the columns; headers, centred or left-aligned over right-aligned figures, follow them
        List<List<Segment>> labelled = all.stream().filter(segments -> !figuresAlone(segments)).toList();
        boolean fewFigures = figures.size() < MIN_FIGURE_ROWS && labelled.size() < all.size() && !labelled.isEmpty();
        // with few rows of figures, the header's labels set the columns and the figures follow them
        List<List<Segment>> multi = figures.size() >= MIN_FIGURE_ROWS ? figures : fewFigures ? labelled : all;
        if (multi != figures) {
            // without figures to set the columns, a letter-spaced header (金   额, 合  计) is one cell, not two columns
            multi = multi.stream().map(ColumnLayout::closeLetterSpacing).toList();
        }
        int width = 0;
        for (List<Segment> segments : multi) {
            width = Math.max(width, segments.get(segments.size() - 1).end());
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
        int end = 0;
        for (List<Segment> segments : all) {
            end = Math.max(end, segments.get(segments.size() - 1).end());
        }
        if (multi == figures) {
            starts.addAll(emptyColumns(all, width));
        } else if (fewFigures) {
            starts.addAll(emptyColumns(headerLines(block), width));
        }
        ColumnLayout gutters = new ColumnLayout(starts.stream().mapToInt(Integer::intValue).toArray(), 0, end, null);
        int clean = 0;
        for (List<Segment> segments : multi) {
            clean += fits(segments, gutters, splitShared ? starts : null) ? 1 : 0;
        }
        int[] columnStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        return new ColumnLayout(columnStarts, clean, end, fewFigures ? HeaderLeaves.of(headerLines(block), columnStarts) : null);
    }

    /**
     * Whether each cell of a line lies in one column and no two share one; with {@code split}, a
     * cell sharing the column of the cell before starts a column of its own.
     */
    private static boolean fits(List<Segment> segments, ColumnLayout gutters, java.util.Set<Integer> split) {
        boolean fits = true;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            int column = gutters.columnOf(segment.start());
            fits &= column == gutters.columnOf(Math.max(segment.start(), segment.end() - 1));
            Segment previous = i > 0 ? segments.get(i - 1) : null;
            boolean letterSpaced = previous != null && AlignedTextReader.isSingleHan(previous.text()) && AlignedTextReader.isSingleHan(segment.text());
            if (previous != null && !letterSpaced && column == gutters.columnOf(previous.start())) {
                fits = false;
                if (split != null) {
                    split.add(segment.start());
                }
            }
        }
        return fits;
    }

    /** A line of figures alone, no label: the figures of a table whose header has centred labels. */
    static boolean figuresAlone(List<Segment> segments) {
        return !segments.isEmpty() && segments.stream().allMatch(segment -> SegmentAlignment.looksFigure(segment.text()));
    }

    /** The lines above the first line of figures alone: the header. */
    private static List<List<Segment>> headerLines(List<List<Segment>> block) {
        List<List<Segment>> header = new ArrayList<>();
        for (List<Segment> segments : block) {
            if (figuresAlone(segments)) {
                break;
            }
            header.add(segments);
        }
        return header;
    }

    /** The extent of the lowest header label in each column (its leaf), -1 where none is printed. */
    record HeaderLeaves(int[] start, int[] end) {
        static HeaderLeaves of(List<List<Segment>> header, int[] columnStarts) {
            int[] start = new int[columnStarts.length];
            int[] end = new int[columnStarts.length];
            Arrays.fill(start, -1);
            ColumnLayout columns = new ColumnLayout(columnStarts, 0, 0, null);
            for (List<Segment> segments : header) {
                for (Segment segment : segments) {
                    int column = columns.columnOf((segment.start() + segment.end()) / 2);
                    start[column] = segment.start();
                    end[column] = segment.end();
                }
            }
            return new HeaderLeaves(start, end);
        }
    }

    /**
     * Columns right of every figure (上缴上级支出, 经营支出 … printed empty): the header cells that start
     * there, those within a few columns of each other taken as one column.
     */
    private static List<Integer> emptyColumns(List<List<Segment>> rows, int figuresEnd) {
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
        for (List<Segment> segments : rows) {
            for (Segment segment : segments) {
                if (segment.start() > figuresEnd + 1) {
                    candidates.add(segment.start());
                }
            }
        }
        List<Integer> columns = new ArrayList<>();
        int last = 0;
        for (int start : candidates) {
            if (columns.isEmpty() || start - last > EMPTY_COLUMN_SPREAD) {
                columns.add(start);
            }
            last = start;
        }
        return columns;
    }

    /** Single characters a few columns apart (金   额) joined into one segment. */
    private static List<Segment> closeLetterSpacing(List<Segment> segments) {
        List<Segment> closed = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            Segment previous = closed.isEmpty() ? null : closed.get(closed.size() - 1);
            if (previous != null && AlignedTextReader.isSingleHan(segment.text()) && AlignedTextReader.isSingleHan(previous.text().substring(previous.text().length() - 1))
                    && previous.text().codePoints().allMatch(Character::isIdeographic)
                    && segment.start() - previous.end() <= LETTER_SPACING) {
                closed.set(closed.size() - 1, new Segment(previous.text() + segment.text(), previous.start(), segment.end()));
            } else {
                closed.add(segment);
            }
        }
        return closed;
    }
}
