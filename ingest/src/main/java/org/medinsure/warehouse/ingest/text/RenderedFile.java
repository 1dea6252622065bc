package org.medinsure.warehouse.ingest.text;

import java.util.List;
import java.util.Objects;
import org.medinsure.warehouse.ingest.model.Problem;

/**
 * A binary file (PDF, Word, Excel) rendered into the lines every interpreter reads, with what the
 * renderer noticed; or, when it could not be read at all, no text and the reason.
 *
 * @param text the rendered lines, null when the file could not be read
 * @param pages where each line is printed, for a paged file (a PDF); null otherwise
 * @param problems what the renderer noticed (skipped pages or sheets), or why there is no text
 */
public record RenderedFile(CleanText text, PageLines pages, List<Problem> problems) {
    public RenderedFile {
        problems = List.copyOf(problems);
        if (text == null && problems.isEmpty()) {
            throw new IllegalArgumentException("A file without text must say why");
        }
    }

    /** A file that could not be read, and why. */
    public static RenderedFile refused(Problem why) {
        return new RenderedFile(null, null, List.of(Objects.requireNonNull(why, "why is null")));
    }

    public boolean unreadable() {
        return text == null;
    }
}
