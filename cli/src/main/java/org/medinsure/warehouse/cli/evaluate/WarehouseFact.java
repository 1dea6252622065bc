package org.medinsure.warehouse.cli.evaluate;

/** A fact read from the published warehouse, with the file and line it came from. */
public interface WarehouseFact {
    /** {@code source_path} of the row: relative to the input root. */
    String sourcePath();

    /** {@code source_line} of the row; 0 where the table has none (documents). */
    long sourceLine();

    /** The file name of {@link #sourcePath()}: what gold records name in {@code file}. */
    default String file() {
        return WarehouseFacts.fileName(sourcePath());
    }

    /** {@code path:line}, to find the row in the source text. */
    default String location() {
        return sourceLine() > 0 ? sourcePath() + ":" + sourceLine() : sourcePath();
    }
}
