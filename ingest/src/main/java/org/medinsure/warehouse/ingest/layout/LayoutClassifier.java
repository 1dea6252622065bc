package org.medinsure.warehouse.ingest.layout;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.Spaces;

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
        // the shape counts, in one pass over the block's lines
        long filled = 0;
        long piped = 0;
        long tabLed = 0;
        long tabbed = 0;
        for (SourceLine line : lines) {
            String text = line.text();
            filled += line.isBlank() ? 0 : 1;
            piped += firstNonWhitespace(text) == '|' ? 1 : 0; // text.strip().startsWith("|")
            tabLed += text.startsWith("\t") && text.indexOf('\t', 1) < 0 ? 1 : 0;
            tabbed += text.indexOf('\t') >= 0 ? 1 : 0;
        }
        if (filled == 0) {
            return tabRows;
        }
        if (piped * 10 >= filled * 3) {
            return pipeRows;
        }
        if (tabLed * 10 >= filled * 3) {
            return cellPerLine;
        }
        if (tabbed * 10 >= filled * 3) {
            return tabRows;
        }
        for (SourceLine line : lines) {
            String compact = Spaces.removeRegexSpaces(line.text());
            if (!compact.isEmpty() && isColumnHeader.test(compact)) {
                return cellPerLine;
            }
        }
        return spacedText;
    }

    /** The first character that {@link String#strip()} keeps, or 0 for a blank text. */
    private static char firstNonWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }
}
