package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Markdown pipe tables ({@code | a | b |}), as Word converters print tables, in two variants.
 *
 * <p>Rows on lines: a line holding {@code |} is a row; the outer bars are optional. A row broken
 * over several lines is joined back: a line that opens with a bar but does not close with one
 * goes on, and a row with fewer cells than its table is joined with the next table line as long
 * as the joined row does not outgrow the table (a break between two bars leaves an empty cell,
 * {@code 海曙区 | 2 |} + {@code | 2 |}). Separator rows are skipped; a line outside the table
 * becomes a one-cell row so that titles and {@code 单位：万元} lines stay visible. Merged cells
 * arrive as the converter printed them (repeated across, blank below) and are kept so.
 *
 * <p>One cell per line: every cell on lines of its own with a bar alone on the line between
 * cells. The lines of one cell (a label wrapped in the original) make one cell, two bars in a row
 * an empty cell; row ends are not printed, so the grid is a stream of one-cell rows.
 */
public final class PipeTableReader implements LayoutReader {
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\s*\\|?[\\s\\-|:]+\\|?\\s*$");
    /** Share of a block's filled lines that are a lone bar, from which it is read one cell per line. */
    private static final double BAR_LINES_SHARE = 0.25;

    @Override
    public String name() {
        return "pipe_table";
    }

    @Override
    public Grid read(List<SourceLine> lines) {
        long filled = 0;
        long bars = 0;
        for (SourceLine line : lines) {
            filled += line.isBlank() ? 0 : 1;
            bars += line.text().strip().equals("|") ? 1 : 0;
        }
        return filled > 0 && bars >= filled * BAR_LINES_SHARE ? readCellPerLine(lines) : readRows(lines);
    }

    private Grid readRows(List<SourceLine> lines) {
        List<SourceLine> table = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text().strip();
            if (!text.isEmpty() && !SEPARATOR_ROW.matcher(text).matches()) {
                table.add(line);
            }
        }
        int[] widths = tableWidths(table);
        List<GridRow> rows = new ArrayList<>();
        int i = 0;
        while (i < table.size()) {
            SourceLine line = table.get(i);
            String text = line.text().strip();
            if (text.indexOf('|') < 0) {
                rows.add(new GridRow(List.of(Cell.of(text, line.number()))));
                i++;
                continue;
            }
            List<Piece> row = new ArrayList<>(List.of(new Piece(text, line.number())));
            int width = widths[i];
            i++;
            while (i < table.size() && continues(row, table.get(i), width)) {
                row.add(new Piece(table.get(i).text().strip(), table.get(i).number()));
                i++;
            }
            rows.add(new GridRow(cells(row)));
        }
        return new Grid(name(), rows, true, true);
    }

    /** A printed line of a row with its source line. */
    private record Piece(String text, int line) {
    }

    /**
     * Whether {@code next} belongs to the row read so far: the row's last line opens with a bar and
     * does not close with one, or the row is short of its table's width and stays within it.
     */
    private static boolean continues(List<Piece> row, SourceLine next, int width) {
        String last = row.get(row.size() - 1).text();
        if (last.startsWith("|") && !last.endsWith("|")) {
            return true;
        }
        String nextText = next.text().strip();
        if (nextText.indexOf('|') < 0) {
            return false;
        }
        int now = cellCount(joined(row));
        List<Piece> longer = new ArrayList<>(row);
        longer.add(new Piece(nextText, next.number()));
        return now < width && cellCount(joined(longer)) <= width;
    }

    /**
     * The width of the table each line belongs to: the most cells of a row in its run of
     * consecutive table lines.
     */
    private static int[] tableWidths(List<SourceLine> table) {
        int[] widths = new int[table.size()];
        int start = 0;
        while (start < table.size()) {
            int end = start;
            int width = 0;
            while (end < table.size() && table.get(end).text().indexOf('|') >= 0) {
                width = Math.max(width, cellCount(table.get(end).text().strip()));
                end++;
            }
            for (int k = start; k < Math.max(end, start + 1); k++) {
                widths[k] = width;
            }
            start = Math.max(end, start + 1);
        }
        return widths;
    }

    private static String joined(List<Piece> row) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : row) {
            text.append(text.isEmpty() ? "" : " ").append(piece.text());
        }
        return text.toString();
    }

    private static int cellCount(String text) {
        return inner(text).split("\\|", -1).length;
    }

    /** The row without its outer bars. */
    private static String inner(String text) {
        int start = text.startsWith("|") ? 1 : 0;
        int end = text.endsWith("|") && text.length() > start ? text.length() - 1 : text.length();
        return text.substring(start, Math.max(start, end));
    }

    /**
     * The cells of a row, each keeping the lines it was printed on: a cell broken at a line end
     * goes on at the start of the next line, its pieces joined with no separator.
     */
    private static List<Cell> cells(List<Piece> row) {
        List<Cell> cells = new ArrayList<>();
        Cell open = null;
        for (int p = 0; p < row.size(); p++) {
            Piece piece = row.get(p);
            String[] parts = piece.text().split("\\|", -1);
            for (int k = 0; k < parts.length; k++) {
                String part = parts[k].strip();
                if (k > 0) {
                    if (open != null) {
                        cells.add(open); // a bar closes the open cell
                    }
                    open = Cell.of(part, piece.line());
                } else if (open != null && !part.isEmpty()) {
                    open = open.isBlank() ? Cell.of(part, piece.line()) : open.append(part, piece.line());
                } else if (open == null && !(p == 0 && piece.text().startsWith("|"))) {
                    open = Cell.of(part, piece.line()); // a row printed without its outer bar
                }
            }
        }
        boolean closed = row.get(row.size() - 1).text().endsWith("|");
        if (open != null && !(closed && open.isBlank())) {
            cells.add(open);
        }
        return cells;
    }

    private Grid readCellPerLine(List<SourceLine> lines) {
        List<GridRow> rows = new ArrayList<>();
        Cell cell = null;
        boolean afterBar = false;
        boolean seenBar = false;
        for (SourceLine line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                cell = emit(rows, cell); // a blank line ends a cell: its lines are consecutive
                continue;
            }
            if (SEPARATOR_ROW.matcher(text).matches() && !text.equals("|")) {
                continue;
            }
            if (text.equals("|")) {
                if (cell == null && afterBar) {
                    rows.add(new GridRow(List.of(Cell.of("", line.number()))));
                }
                cell = emit(rows, cell);
                afterBar = true;
                seenBar = true;
                continue;
            }
            afterBar = false;
            String piece = text.startsWith("|") || text.endsWith("|") ? inner(text).strip() : text;
            if (!seenBar) {
                cell = emit(rows, cell); // before the first bar, lines are text above the table, one each
            }
            cell = cell == null ? Cell.of(piece, line.number()) : cell.append(piece, line.number());
        }
        emit(rows, cell);
        return new Grid(name(), rows, false, false);
    }

    /** Adds a finished cell as a one-cell row; returns null, the cell that is open next. */
    private static Cell emit(List<GridRow> rows, Cell cell) {
        if (cell != null) {
            rows.add(new GridRow(List.of(cell)));
        }
        return null;
    }
}
