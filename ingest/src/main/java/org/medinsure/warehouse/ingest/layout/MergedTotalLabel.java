package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A total row whose label was merged over the number and name columns (序号 and 项目名称 or 地区) and
 * printed as one cell: in tab rows and one-cell-per-line prints its figures follow the label at
 * once, one column to the left of where they belong. Realigned, the row has a blank name cell.
 * Only a numbered table's (序号 first) label spans two columns: callers ask for it there.
 */
public final class MergedTotalLabel {
    private static final Pattern FIGURE = Pattern.compile("-?[\\d,]+(\\.\\d+)?%?");

    private MergedTotalLabel() {
    }

    /**
     * The row with its figures under their columns: a blank cell after a total label that a figure
     * follows at once, and trailing blank cells beyond the header's {@code columns} dropped.
     */
    public static List<Cell> realign(List<Cell> row, int columns, Predicate<String> totalLabel) {
        if (row.size() < 2 || !totalLabel.test(row.get(0).text()) || !FIGURE.matcher(row.get(1).text().strip()).matches()) {
            return row;
        }
        List<Cell> cells = new ArrayList<>(row);
        cells.add(1, Cell.of("", row.get(0).firstLine()));
        while (cells.size() > columns && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }
}
