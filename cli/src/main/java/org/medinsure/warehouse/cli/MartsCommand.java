package org.medinsure.warehouse.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code warehouse marts}: silver to gold, then publish warehouse.duckdb. */
@Command(name = "marts", mixinStandardHelpOptions = true,
        description = "Compute the marts into gold Parquet and publish warehouse.duckdb atomically.")
public final class MartsCommand implements Runnable {
    @Mixin
    OutputOptions output;
    @Mixin
    SparkOptions spark;
    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public void run() {
        try (Pipeline pipeline = new Pipeline(spark, output, knowledge)) {
            pipeline.marts();
        }
    }
}
