package org.medinsure.warehouse.ingest.layout;

import java.util.List;
import org.medinsure.warehouse.ingest.text.SourceLine;

/** Turns the lines of one block of text in one layout family into a {@link Grid}. */
public interface LayoutReader {
    /** Short name stored with the grid, e.g. {@code tab_rows}. */
    String name();

    Grid read(List<SourceLine> lines);
}
