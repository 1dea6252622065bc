package org.medinsure.warehouse.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code warehouse export}: the marts as files for notebooks and spreadsheets. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write each mart of warehouse.duckdb as Arrow IPC and CSV (UTF-8 BOM), plus a data dictionary.")
public final class ExportCommand implements Runnable {
    @Mixin
    OutputOptions output;
    @Mixin
    SparkOptions spark;

    @Override
    public void run() {
        try (Pipeline pipeline = new Pipeline(spark, output, new KnowledgeOptions())) {
            for (Path file : pipeline.export()) {
                System.out.println(file);
            }
        }
    }
}
