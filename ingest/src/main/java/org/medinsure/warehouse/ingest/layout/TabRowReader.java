package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Tab-separated rows, as Word and spreadsheet exports print tables: one line per row, one tab per
 * column boundary. Empty cells stay as blank placeholders because a shifted row is still a row.
 * Lines that a structured source (an HTML, Word or spreadsheet table) already split into cells
 * keep those cells, merged cells included. Markdown separator rows ({@code ---}) carry nothing
 * and are skipped.
 */
public final class TabRowReader implements LayoutReader {
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^[\\s\\-|:]+$");

    @Override
    public String name() {
        return "tab_rows";
    }

    @Override
    public Grid read(List<SourceLine> lines) {
        List<GridRow> rows = new ArrayList<>();
        boolean structured = lines.stream().anyMatch(line -> line.cells() != null);
        for (SourceLine line : lines) {
            if (line.cells() != null) {
                if (!line.isBlank()) {
                    rows.add(new GridRow(line.cells()));
                }
                continue;
            }
            if (line.isBlank() || mayBeSeparator(line.text()) && SEPARATOR_ROW.matcher(line.text()).matches()) {
                continue;
            }
            rows.add(new GridRow(split(line), structured)); // beside structured rows, a plain line is running text
        }
        return new Grid(name(), rows, true, true);
    }

    /** The cells of {@code split("\t", -1)}, cut with indexOf and stripped. */
    static List<Cell> split(SourceLine line) {
        String text = line.text();
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', start)) {
            cells.add(Cell.of(stripped(text, start, tab), line.number()));
            start = tab + 1;
        }
        cells.add(Cell.of(stripped(text, start, text.length()), line.number()));
        return cells;
    }

    /** {@code text.substring(start, end).strip()}, with one copy at most. */
    private static String stripped(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A separator row starts with one of its own characters; most rows do not, and skip the regex. */
    private static boolean mayBeSeparator(String text) {
        char first = text.charAt(0);
        return first == '-' || first == '|' || first == ':' || first == ' ' || (first >= '\t' && first <= '\r');
    }
}
