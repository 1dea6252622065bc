package org.medinsure.warehouse.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the warehouse lives: {@code --output DIR} holds the lake, the DuckDB file and the exports. */
public final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder: lake/, warehouse.duckdb, exports/ (default: ${DEFAULT-VALUE})")
    Path output;

    Path database() {
        return output.resolve("warehouse.duckdb");
    }

    Path exports() {
        return output.resolve("exports");
    }

    String lakeOutput() {
        return output.toAbsolutePath().toString();
    }
}
