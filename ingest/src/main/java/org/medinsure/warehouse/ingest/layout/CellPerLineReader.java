package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * One cell per line, as some Word-to-text converters print tables. Two variants occur:
 * <ul>
 *   <li>tab-led: every cell starts with a tab, a line without the tab continues the cell above
 *       (a wrapped cell), and an empty line closes the row;</li>
 *   <li>plain: every non-blank line is a cell and rows are not marked at all, so each cell becomes
 *       a one-cell row and the interpreter regroups them by its column count.</li>
 * </ul>
 */
public final class CellPerLineReader implements LayoutReader {
    public static final String NAME = "cell_per_line";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Grid read(List<SourceLine> lines) {
        long filled = lines.stream().filter(line -> !line.isBlank()).count();
        long tabLed = lines.stream().filter(line -> line.text().startsWith("\t")).count();
        return tabLed * 10 >= filled * 3 ? readTabLed(lines) : readPlain(lines);
    }

    private Grid readTabLed(List<SourceLine> lines) {
        List<GridRow> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text();
            if (text.isBlank() && !text.startsWith("\t")) {
                closeRow(rows, row);
            } else if (text.startsWith("\t")) {
                row.add(Cell.of(text.strip(), line.number()));
            } else if (row.isEmpty()) {
                row.add(Cell.of(text.strip(), line.number()));
            } else {
                int last = row.size() - 1;
                row.set(last, row.get(last).append(text.strip(), line.number()));
            }
        }
        closeRow(rows, row);
        return new Grid(name(), rows, true, false);
    }

    private static void closeRow(List<GridRow> rows, List<Cell> row) {
        if (row.stream().anyMatch(cell -> !cell.isBlank())) {
            rows.add(new GridRow(row));
        }
        row.clear();
    }

    private Grid readPlain(List<SourceLine> lines) {
        List<GridRow> rows = new ArrayList<>();
        for (SourceLine line : lines) {
            if (!line.isBlank()) {
                rows.add(new GridRow(List.of(Cell.of(line.text().strip(), line.number()))));
            }
        }
        return new Grid(name(), rows, false, false);
    }
}
