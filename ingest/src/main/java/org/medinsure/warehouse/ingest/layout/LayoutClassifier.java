package org.medinsure.warehouse.ingest.layout;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Picks the layout reader for one block of text (one form) from the shape of its lines. A
 * document may mix layouts, so the choice is made per block, never per document.
 */
public final class LayoutClassifier {
    private final LayoutReader tabRows = new TabRowReader();
    private final LayoutReader pipeRows = new PipeRowReader();
    private final LayoutReader cellPerLine = new CellPerLineReader();
    private final LayoutReader spacedText = new SpacedTextReader();

    /**
     * @param isColumnHeader tells whether a whitespace-free text is an indicator-table column
     *     header; a header printed alone on its line betrays the one-cell-per-line layout
     */
    public LayoutReader readerFor(List<SourceLine> lines, Predicate<String> isColumnHeader) {
        Objects.requireNonNull(lines, "lines is null");
        Objects.requireNonNull(isColumnHeader, "isColumnHeader is null");
        long filled = lines.stream().filter(line -> !line.isBlank()).count();
        if (filled == 0) {
            return tabRows;
        }
        long piped = lines.stream().filter(line -> line.text().strip().startsWith("|")).count();
        if (piped * 10 >= filled * 3) {
            return pipeRows;
        }
        long tabLed = lines.stream().filter(line -> line.text().startsWith("\t")
                && line.text().indexOf('\t', 1) < 0).count();
        long tabbed = lines.stream().filter(line -> line.text().indexOf('\t') >= 0).count();
        if (tabLed * 10 >= filled * 3) {
            return cellPerLine;
        }
        if (tabbed * 10 >= filled * 3) {
            return tabRows;
        }
        for (SourceLine line : lines) {
            String compact = line.text().replaceAll("\\s+", "");
            if (!compact.isEmpty() && isColumnHeader.test(compact)) {
                return cellPerLine;
            }
        }
        return spacedText;
    }
}
