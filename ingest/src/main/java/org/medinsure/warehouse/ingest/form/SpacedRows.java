package org.medinsure.warehouse.ingest.form;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.knowledge.UnitSpellings;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Puts the cells of a form printed as text joined by single spaces back together, from the rows
 * of pieces the {@code SpaceJoinedReader} gives. A word and the number after it stay one cell when
 * they follow another value ({@code 21318 人 实际需救助 5487 人}: the actual value is
 * {@code 实际需救助 5487 人}).
 * A run of one-piece prose lines is a wrapped cell column: a cell ends on a line shorter than the
 * one before it, because the last line of a wrapped paragraph is the only one that does not fill
 * the column width. A line of several pieces right after such a run, none of them a number, is the
 * tail of the run's cells pushed to the next line (often by a page break): its pieces continue the
 * run's cells from the left (see {@code WrappedRun}).
 */
final class SpacedRows {
    private static final Pattern NUMBER = Pattern.compile("[≥≤<>=]?[\\d.,]+%?");
    private static final Pattern UNIT = Pattern.compile("(" + UnitSpellings.alternation() + ")");
    private static final Pattern VALUE = Pattern.compile(NUMBER.pattern() + "(\\s+" + UNIT.pattern() + ")?");
    private static final Pattern WORDS = Pattern.compile("\\p{IsHan}+");
    /** A line shorter than this is a label or a vertical heading character, not wrapped prose. */
    private static final int MIN_WRAPPED_LENGTH = 6;
    /** Lines of one column differ by up to this many characters (full- and half-width punctuation). */
    private static final int WIDTH_TOLERANCE = 1;
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("^[\\p{Punct}…。．·、—\\s]*$");

    private SpacedRows() {
    }

    /** The rows of a space-joined grid, one per printed line, with wrapped cells and values joined. */
    static Grid assemble(Grid pieces) {
        List<GridRow> rows = new ArrayList<>();
        WrappedRun run = new WrappedRun();
        for (GridRow printed : pieces.rows()) {
            SourceLine line = new SourceLine(printed.line(), printed.joinedText());
            List<String> tokens = tokens(printed);
            if (run.continues(tokens, line.number())) {
                continue;
            }
            boolean prose = tokens.size() == 1 && tokens.get(0).length() >= MIN_WRAPPED_LENGTH;
            if (prose) {
                run.add(line.number(), tokens.get(0));
            } else if (!run.tail(tokens, line.number())) {
                run.flush(rows);
                List<Cell> cells = new ArrayList<>();
                for (String token : tokens) {
                    cells.add(Cell.of(token, line.number()));
                }
                rows.add(new GridRow(cells));
            }
        }
        run.flush(rows);
        return pieces.withRows(rows);
    }

    /**
     * The wrapped cells of one row: the cells already completed by a tail line, and the prose
     * lines read since. A cell ends on a line shorter than the one before it; a line within
     * {@link #WIDTH_TOLERANCE} characters of the cell's widest line fills the column.
     *
     * <p>A tail line continues cells from the left, so those cells cannot have ended. When the
     * shorter-line rule ended one of them, the row is cut again by column widths: each continued
     * cell is a run of two or more lines of one width ({@code 16 16 | 14 14 | 8 7}). A cell the tail filled to
     * its width, and a cell the tail did not reach whose last line fills its width, are still
     * open: the next lone lines continue them, in that order (text cut by a page break).
     */
    private static final class WrappedRun {
        private final List<Cell> completed = new ArrayList<>();
        private final List<SourceLine> lines = new ArrayList<>();
        private final Deque<Integer> open = new ArrayDeque<>();

        void add(int number, String text) {
            open.clear();
            lines.add(new SourceLine(number, text));
        }

        /** True when {@code tokens} is one piece of text that continues an open cell. */
        boolean continues(List<String> tokens, int number) {
            if (open.isEmpty() || tokens.size() != 1 || tokens.get(0).matches(".*\\d.*")
                    || PUNCTUATION_ONLY.matcher(tokens.get(0)).matches()) {
                open.clear();
                return false;
            }
            int index = open.poll();
            completed.set(index, completed.get(index).append(tokens.get(0), number));
            return true;
        }

        /** Appends a tail line to the cells it continues; false when it is no tail of this run. */
        boolean tail(List<String> tokens, int number) {
            List<Cell> cells = cells();
            if (!(cells.size() > 1 && tokens.size() > 1 && tokens.size() <= cells.size()
                    && tokens.stream().noneMatch(token -> token.matches(".*\\d.*")))) {
                return false;
            }
            int continued = tokens.size();
            if (completed.isEmpty() && cells.subList(0, continued).stream().anyMatch(cell -> !fillsWidth(cell))) {
                List<Cell> byWidth = byWidth(lines, continued);
                cells = byWidth == null ? cells : byWidth;
            }
            open.clear();
            for (int i = 0; i < cells.size(); i++) {
                if (i < continued) {
                    Cell before = cells.get(i);
                    cells.set(i, before.append(tokens.get(i), number));
                    if (widest(before) - tokens.get(i).length() <= WIDTH_TOLERANCE) {
                        open.add(i);
                    }
                } else if (cells.get(i).pieces().size() > 1 && fillsWidth(cells.get(i))) {
                    open.add(i);
                }
            }
            completed.clear();
            completed.addAll(cells);
            lines.clear();
            return true;
        }

        void flush(List<GridRow> rows) {
            List<Cell> cells = cells();
            if (!cells.isEmpty()) {
                rows.add(new GridRow(cells));
            }
            completed.clear();
            lines.clear();
            open.clear();
        }

        private List<Cell> cells() {
            List<Cell> cells = new ArrayList<>(completed);
            cells.addAll(byShorterLine(lines));
            return cells;
        }
    }

    /** Cells of prose lines where a line shorter than its predecessor closes the cell. */
    private static List<Cell> byShorterLine(List<SourceLine> lines) {
        List<Cell> cells = new ArrayList<>();
        int previousLength = Integer.MAX_VALUE;
        for (SourceLine line : lines) {
            String text = line.text();
            int last = cells.size() - 1;
            boolean continues = last >= 0 && previousLength != Integer.MAX_VALUE;
            if (continues) {
                cells.set(last, cells.get(last).append(text, line.number()));
            } else {
                cells.add(Cell.of(text, line.number()));
            }
            // a line shorter than its predecessor closes the cell; the next prose line opens one
            previousLength = continues && text.length() < previousLength ? Integer.MAX_VALUE : text.length();
        }
        return cells;
    }

    /**
     * The first {@code runs} cells as runs of at least two lines of one width (a width shows only
     * in a full line followed by another), the rest by the shorter-line rule; null when the lines
     * hold no such runs.
     */
    private static List<Cell> byWidth(List<SourceLine> lines, int runs) {
        List<Cell> cells = new ArrayList<>();
        int next = 0;
        while (cells.size() < runs && next < lines.size()) {
            SourceLine first = lines.get(next);
            Cell cell = Cell.of(first.text(), first.number());
            next++;
            while (next < lines.size()
                    && Math.abs(lines.get(next).text().length() - first.text().length()) <= WIDTH_TOLERANCE) {
                cell = cell.append(lines.get(next).text(), lines.get(next).number());
                next++;
            }
            if (cell.pieces().size() < 2) {
                return null;
            }
            cells.add(cell);
        }
        if (cells.size() < runs) {
            return null;
        }
        cells.addAll(byShorterLine(lines.subList(next, lines.size())));
        return cells;
    }

    private static int widest(Cell cell) {
        return cell.pieces().stream().mapToInt(String::length).max().orElse(0);
    }

    /** True when the cell's last line is as wide as its widest: the text may go on. */
    private static boolean fillsWidth(Cell cell) {
        return widest(cell) - cell.pieces().get(cell.pieces().size() - 1).length() <= WIDTH_TOLERANCE;
    }

    private static List<String> tokens(GridRow printed) {
        List<String> tokens = new ArrayList<>();
        for (Cell cell : printed.filledCells()) {
            tokens.add(cell.text());
        }
        // a label in words between two values belongs to the second: 21318 人 | 实际需救助 5487 人
        for (int i = tokens.size() - 2; i >= 1; i--) {
            if (WORDS.matcher(tokens.get(i)).matches() && VALUE.matcher(tokens.get(i - 1)).matches()
                    && VALUE.matcher(tokens.get(i + 1)).matches()) {
                tokens.set(i, tokens.get(i) + " " + tokens.remove(i + 1));
            }
        }
        return tokens;
    }
}
