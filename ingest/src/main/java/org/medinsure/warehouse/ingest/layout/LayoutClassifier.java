package org.medinsure.warehouse.ingest.layout;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.Spaces;

/**
 * Picks the layout reader for one block of text (one form or one table) from the shape of its
 * lines. A document may mix layouts, so the choice is made per block, never per document. A layout
 * is recognised when at least {@link #SHARE} of the block's filled lines show its mark; the marks
 * are tried from the most to the least specific.
 */
public final class LayoutClassifier {
    /** Share of filled lines that must show a layout's mark. */
    private static final double SHARE = 0.3;
    private final LayoutReader tabRows = new TabRowReader();
    private final LayoutReader pipeTable = new PipeTableReader();
    private final LayoutReader cellPerLine = new CellPerLineReader();
    private final LayoutReader aligned = new AlignedTextReader();
    private final LayoutReader spaceJoined = new SpaceJoinedReader();

    /**
     * @param isColumnHeader tells whether a whitespace-free text is a table column header; a header
     *     printed alone on its line betrays the one-cell-per-line layout
     */
    public LayoutReader readerFor(List<SourceLine> lines, Predicate<String> isColumnHeader) {
        Objects.requireNonNull(lines, "lines is null");
        Objects.requireNonNull(isColumnHeader, "isColumnHeader is null");
        long filled = 0;
        long structured = 0;
        long piped = 0;
        long tabLed = 0;
        long tabbed = 0;
        for (SourceLine line : lines) {
            String text = line.text();
            filled += line.isBlank() ? 0 : 1;
            structured += line.cells() != null ? 1 : 0;
            piped += text.indexOf('|') >= 0 ? 1 : 0;
            tabLed += text.startsWith("\t") && text.indexOf('\t', 1) < 0 ? 1 : 0;
            tabbed += text.indexOf('\t') >= 0 ? 1 : 0;
        }
        if (filled == 0 || structured > 0) {
            return tabRows;
        }
        if (piped >= filled * SHARE) {
            return pipeTable;
        }
        if (tabLed >= filled * SHARE) {
            return cellPerLine;
        }
        if (tabbed >= filled * SHARE) {
            return tabRows;
        }
        for (SourceLine line : lines) {
            String compact = Spaces.removeRegexSpaces(line.text());
            if (!compact.isEmpty() && isColumnHeader.test(compact)) {
                return cellPerLine;
            }
        }
        return AlignedTextReader.looksAligned(lines) ? aligned : spaceJoined;
    }
}
