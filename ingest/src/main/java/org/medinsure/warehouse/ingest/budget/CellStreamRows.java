package org.medinsure.warehouse.ingest.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Rebuilds the rows of a classification table printed one cell per line with no row marks (a
 * Word-to-text converter's output): the header is the run of lines that are header labels, its
 * length the column count; a row starts at a classification code followed by its name, or at a
 * total label, and takes every line up to the next row's start, an empty line being an empty cell.
 * Text lines right after a row's first name line are the rest of a name broken over lines.
 */
final class CellStreamRows {
    private static final Pattern CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}");

    private final BudgetVocabulary vocabulary;

    CellStreamRows(BudgetVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The table as positional rows, header first; empty when the lines are not such a table. */
    Optional<Grid> regroup(Grid grid, List<SourceLine> body) {
        int at = 0;
        while (at < body.size() && !isHeaderLabel(body.get(at))) {
            at++;
        }
        List<Cell> header = new ArrayList<>();
        java.util.Set<String> labels = new java.util.HashSet<>();
        // a label met twice ends the header: 合计 is a column and, next, the total row's label
        while (at < body.size() && isHeaderLabel(body.get(at)) && labels.add(BudgetVocabulary.squeeze(body.get(at).text()))) {
            header.add(Cell.of(body.get(at).text().strip(), body.get(at).number()));
            at++;
        }
        // the run names the rows (code or name header) and at least one amount column
        boolean namesRows = header.stream().anyMatch(cell -> vocabulary.is("code_header", cell.text())
                || vocabulary.is("label_header", cell.text()));
        boolean hasAmounts = header.stream().anyMatch(cell -> vocabulary.is("column", cell.text()));
        if (header.size() < 3 || !namesRows || !hasAmounts) {
            return Optional.empty();
        }
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow(header));
        int columns = header.size();
        List<Cell> row = null;
        for (int i = at; i < body.size(); i++) {
            SourceLine line = body.get(i);
            if (startsRow(body, i)) {
                close(rows, row, columns, line.number());
                row = new ArrayList<>();
                row.add(Cell.of(line.text().strip(), line.number()));
            } else if (row == null) {
                continue; // a note between the header and the first row
            } else if (continuesName(row, line)) {
                int last = row.size() - 1;
                row.set(last, row.get(last).append(line.text().strip(), line.number()));
            } else {
                fillEmptyCells(row, columns, line.number());
                row.add(Cell.of(line.text().strip(), line.number()));
            }
        }
        close(rows, row, columns, Integer.MAX_VALUE);
        return rows.size() > 1 ? Optional.of(new Grid(grid.layout(), rows, true, true)) : Optional.empty();
    }

    /**
     * The lines skipped since the row's last cell were empty lines, each an empty cell (the table's
     * body keeps only printed lines, with their numbers), as far as the header's width allows.
     */
    private static void fillEmptyCells(List<Cell> row, int columns, int nextLine) {
        Cell last = row.get(row.size() - 1);
        int lastLine = last.lines().get(last.lines().size() - 1);
        for (int line = lastLine + 1; line < nextLine && row.size() < columns; line++) {
            row.add(Cell.of("", line));
        }
    }

    private boolean isHeaderLabel(SourceLine line) {
        if (line.isBlank()) {
            return false;
        }
        String label = BudgetVocabulary.squeeze(line.text());
        return vocabulary.headerLabelsLongestFirst().stream().anyMatch(entry -> entry.label().equals(label));
    }

    /** A code followed by a name (a year or an amount is followed by a number), or a total label. */
    private boolean startsRow(List<SourceLine> body, int index) {
        String text = BudgetVocabulary.squeeze(body.get(index).text());
        if (vocabulary.is("total_row", text)) {
            return true;
        }
        if (!CODE.matcher(text).matches()) {
            return false;
        }
        for (int next = index + 1; next < body.size(); next++) {
            if (!body.get(next).isBlank()) {
                String following = BudgetVocabulary.squeeze(body.get(next).text());
                return Amount.parse(following).isEmpty() && !vocabulary.is("total_row", following);
            }
        }
        return false;
    }

    /** A second text line after a code and its name, before any figure: the name broken over lines. */
    private static boolean continuesName(List<Cell> row, SourceLine line) {
        return row.size() == 2 && CODE.matcher(row.get(0).text()).matches() && !line.isBlank()
                && Amount.parse(line.text()).isEmpty();
    }

    /**
     * A row ends at the next row's start, the empty lines before it being its last, empty cells.
     * Past the header's width, text is what follows the table; a figure there stays, for the row
     * reader to find the row too long.
     */
    private static void close(List<GridRow> rows, List<Cell> row, int columns, int nextRowLine) {
        if (row == null) {
            return;
        }
        if (nextRowLine != Integer.MAX_VALUE) {
            fillEmptyCells(row, columns, nextRowLine);
        }
        while (row.size() > columns && Amount.parse(row.get(row.size() - 1).text()).isEmpty()) {
            row.remove(row.size() - 1);
        }
        rows.add(new GridRow(row));
    }
}
