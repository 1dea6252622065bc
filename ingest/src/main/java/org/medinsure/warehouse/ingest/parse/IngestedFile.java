package org.medinsure.warehouse.ingest.parse;

import java.io.Serializable;
import java.util.Objects;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.text.PageLines;

/**
 * One input file after reading: identity, how it was read, and what was parsed from it.
 *
 * @param docId SHA-256 of the bytes, hex
 * @param sourcePath path relative to the input root
 * @param pages where each line of a paged document (a PDF) is printed; null for other files
 */
public record IngestedFile(
        String docId,
        String sourcePath,
        String format,
        String encoding,
        long sizeBytes,
        long lineCount,
        ParsedDocument document,
        PageLines pages) implements Serializable {
    public IngestedFile {
        Objects.requireNonNull(docId, "docId is null");
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(format, "format is null");
        Objects.requireNonNull(document, "document is null");
    }

    /** A file whose lines are not on pages. */
    public IngestedFile(String docId, String sourcePath, String format, String encoding, long sizeBytes, long lineCount,
                        ParsedDocument document) {
        this(docId, sourcePath, format, encoding, sizeBytes, lineCount, document, null);
    }

    /** The page a fact's line is printed on, null for a file without pages. */
    public Integer page(long line) {
        return pages == null ? null : pages.page(line);
    }

    /** A fact's line within its page, null for a file without pages. */
    public Integer lineOnPage(long line) {
        return pages == null ? null : pages.lineOnPage(line);
    }
}
