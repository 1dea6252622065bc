package org.medinsure.warehouse.ingest.parse;

import java.io.Serializable;
import java.util.Objects;
import org.medinsure.warehouse.ingest.model.ParsedDocument;

/**
 * One input file after reading: identity, how it was read, and what was parsed from it.
 *
 * @param docId SHA-256 of the bytes, hex
 * @param sourcePath path relative to the input root
 */
public record IngestedFile(
        String docId,
        String sourcePath,
        String format,
        String encoding,
        long sizeBytes,
        long lineCount,
        ParsedDocument document) implements Serializable {
    public IngestedFile {
        Objects.requireNonNull(docId, "docId is null");
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(format, "format is null");
        Objects.requireNonNull(document, "document is null");
    }
}
