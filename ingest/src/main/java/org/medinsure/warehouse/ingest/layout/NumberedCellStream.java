package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.Spaces;

/**
 * Rebuilds the rows of a numbered table (序号 first: summary tables, allocation tables) printed one
 * cell per line, as Word-to-text converters print a table: the header is the run of lines that are
 * header labels, its length the column count; a row starts at its number (1, then 2, …) or at a
 * total label, and takes the lines up to the next row's start, an empty line being an empty cell.
 * A total row's label merged over the number and name columns keeps its figures under their
 * columns ({@link MergedTotalLabel}).
 */
public final class NumberedCellStream {
    /** Fewer header labels in a row than this are not a table's header. */
    private static final int MIN_COLUMNS = 3;

    private NumberedCellStream() {
    }

    /**
     * The table as positional rows, header first; empty when the lines are not one cell per line
     * or hold no such header.
     *
     * @param headerLabel whether a line (whitespace removed) is a header label of the table's kind
     * @param header      whether a run of header labels makes the table's header (names the
     *                    columns the reader needs)
     * @param totalLabel  whether a line (whitespace removed) labels a total row
     */
    public static Optional<Grid> regroup(List<SourceLine> body, Predicate<String> headerLabel,
                                         Predicate<List<String>> header, Predicate<String> totalLabel) {
        Objects.requireNonNull(body, "body is null");
        if (body.stream().anyMatch(line -> line.cells() != null && line.cells().size() > 1)) {
            return Optional.empty();
        }
        for (int start = 0; start < body.size(); start++) {
            List<Cell> labels = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int at = start;
            // a label met twice ends the header: 合计 is a column and, next, the total row's label
            while (at < body.size() && isLabel(body.get(at), headerLabel) && seen.add(squeeze(body.get(at)))) {
                labels.add(Cell.of(body.get(at).text().strip(), body.get(at).number()));
                at++;
            }
            if (labels.size() >= MIN_COLUMNS && header.test(labels.stream().map(Cell::text).toList())) {
                List<GridRow> rows = rows(body, at, labels.size(), totalLabel);
                if (!rows.isEmpty()) {
                    rows.add(0, new GridRow(labels));
                    return Optional.of(new Grid("cell_per_line", rows, true, true));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A header cell: a label of the table's kind, not a {@code 单位：万元} line (a label with its value). */
    private static boolean isLabel(SourceLine line, Predicate<String> headerLabel) {
        String text = squeeze(line);
        return !text.isEmpty() && text.indexOf('：') < 0 && text.indexOf(':') < 0 && headerLabel.test(text);
    }

    private static List<GridRow> rows(List<SourceLine> body, int from, int columns, Predicate<String> totalLabel) {
        List<GridRow> rows = new ArrayList<>();
        List<Cell> row = null;
        int expected = 1;
        for (int i = from; i < body.size(); i++) {
            SourceLine line = body.get(i);
            String text = squeeze(line);
            boolean number = text.equals(String.valueOf(expected));
            boolean total = totalLabel.test(text);
            if ((number || total) && (row == null || row.size() >= 2)) {
                close(rows, row, columns, totalLabel);
                row = new ArrayList<>();
                row.add(Cell.of(line.text().strip(), line.number()));
                expected += number ? 1 : 0;
            } else if (row != null && row.size() < columns) {
                row.add(Cell.of(line.isBlank() ? "" : line.text().strip(), line.number()));
            } else if (row != null && !line.isBlank()) {
                break; // past a full row: what follows the table
            }
        }
        close(rows, row, columns, totalLabel);
        return rows;
    }

    private static void close(List<GridRow> rows, List<Cell> row, int columns, Predicate<String> totalLabel) {
        if (row == null) {
            return;
        }
        List<Cell> cells = new ArrayList<>(MergedTotalLabel.realign(row, columns, label -> totalLabel.test(squeeze(label))));
        while (cells.size() > columns && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        while (cells.size() < columns) {
            cells.add(Cell.of("", cells.get(cells.size() - 1).firstLine()));
        }
        rows.add(new GridRow(cells));
    }

    private static String squeeze(SourceLine line) {
        return squeeze(line.text());
    }

    private static String squeeze(String text) {
        return Spaces.removeRegexSpaces(text);
    }
}
