package org.medinsure.warehouse.ingest.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where each line of a document's text came from in its file. Plain text is its own origin; a
 * structured file (an HTML page, later a PDF or Office file) is rendered into lines that need not
 * match the file's lines one for one, and this map takes every rendered line back to the file's
 * line, so that a fact's lineage names the place a person can open.
 */
public final class LineOrigins {
    private static final LineOrigins IDENTITY = new LineOrigins(null);
    /** {@code sourceLines[i]} is the file line of rendered line {@code i + 1}; null for identity. */
    private final int[] sourceLines;

    private LineOrigins(int[] sourceLines) {
        this.sourceLines = sourceLines;
    }

    public static LineOrigins identity() {
        return IDENTITY;
    }

    /** Origins of rendered lines 1..n: the file line of each, in order. */
    public static LineOrigins of(int[] sourceLines) {
        Objects.requireNonNull(sourceLines, "sourceLines is null");
        for (int line : sourceLines) {
            if (line < 1) {
                throw new IllegalArgumentException("Cannot map a line to file line " + line + ": lines start at 1");
            }
        }
        return new LineOrigins(sourceLines.clone());
    }

    public boolean isIdentity() {
        return sourceLines == null;
    }

    /** The file line of a rendered line; 0 (the whole file) stays 0. */
    public int sourceLine(int renderedLine) {
        if (sourceLines == null || renderedLine <= 0) {
            return renderedLine;
        }
        return sourceLines[Math.min(renderedLine, sourceLines.length) - 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LineOrigins origins && Arrays.equals(sourceLines, origins.sourceLines);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sourceLines);
    }
}
