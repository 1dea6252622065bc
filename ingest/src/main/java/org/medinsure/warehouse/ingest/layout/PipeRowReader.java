package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Markdown pipe tables ({@code | a | b |}), as document converters print Word tables. The
 * separator row is skipped; a line outside the table becomes a one-cell row so that titles and
 * {@code 单位：万元} lines stay visible to the interpreters.
 */
public final class PipeRowReader implements LayoutReader {
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\s*\\|?[\\s\\-|:]+\\|?\\s*$");

    @Override
    public String name() {
        return "pipe_rows";
    }

    @Override
    public Grid read(List<SourceLine> lines) {
        List<GridRow> rows = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text().strip();
            if (text.isEmpty() || SEPARATOR_ROW.matcher(text).matches()) {
                continue;
            }
            if (!text.startsWith("|")) {
                rows.add(new GridRow(List.of(Cell.of(text, line.number()))));
                continue;
            }
            String inner = text.substring(1, text.endsWith("|") && text.length() > 1 ? text.length() - 1 : text.length());
            List<Cell> cells = new ArrayList<>();
            for (String cell : inner.split("\\|", -1)) {
                cells.add(Cell.of(cell.strip(), line.number()));
            }
            rows.add(new GridRow(cells));
        }
        return new Grid(name(), rows);
    }
}
