package org.medinsure.warehouse.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code warehouse transform}: bronze to silver. */
@Command(name = "transform", mixinStandardHelpOptions = true,
        description = "Normalise bronze facts (regions, indicator codes, units, yuan) into silver Parquet.")
public final class TransformCommand implements Runnable {
    @Mixin
    OutputOptions output;
    @Mixin
    SparkOptions spark;
    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public void run() {
        try (Pipeline pipeline = new Pipeline(spark, output, knowledge)) {
            pipeline.transform();
        }
    }
}
