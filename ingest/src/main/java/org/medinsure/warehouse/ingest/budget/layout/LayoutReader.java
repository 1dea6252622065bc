package org.medinsure.warehouse.ingest.budget.layout;

import java.util.List;
import org.medinsure.warehouse.ingest.text.SourceLine;

/** Turns the lines of one table block into logical rows. Knows layouts, nothing of budgets. */
public interface LayoutReader {
    List<Row> read(List<SourceLine> lines);

    /** The reader for a block: tab rows when most of its non-blank lines hold tabs, else PDF text. */
    static LayoutReader forBlock(List<SourceLine> lines) {
        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        long tabbed = lines.stream().filter(l -> l.text().indexOf('\t') >= 0).count();
        return nonBlank > 0 && tabbed * 2 >= nonBlank ? new TabRowReader() : new SpaceTextReader();
    }
}
