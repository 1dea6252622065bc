package org.medinsure.warehouse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the warehouse lives: {@code --output DIR} holds the lake, the DuckDB file and the exports. */
public final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder: lake/, warehouse.duckdb, exports/, reports/ (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--storage-version", paramLabel = "VERSION", defaultValue = org.medinsure.warehouse.marts.publish.DuckDbPublisher.DEFAULT_STORAGE_VERSION,
            description = "DuckDB storage version of the published warehouse.duckdb: the oldest (default ${DEFAULT-VALUE}) "
                    + "opens in every DuckDB 1.x client that dashboards use; latest for the newest format")
    String storageVersion;

    Path database() {
        return output.resolve("warehouse.duckdb");
    }

    Path exports() {
        return output.resolve("exports");
    }

    Path reports() {
        return output.resolve("reports");
    }

    /**
     * Creates the folder and writes and removes a file in it, so that a folder that cannot be
     * written is found before any work starts rather than when the first layer is committed.
     */
    void checkWritable() {
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".write-probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("Cannot write the --output folder " + output.toAbsolutePath() + " ("
                    + reason(e) + "): pass --output with a folder you can write", e);
        }
    }

    private static String reason(Exception e) {
        return e instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name is in the way"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    String lakeOutput() {
        return output.toAbsolutePath().toString();
    }
}
