package org.medinsure.warehouse.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code warehouse ingest}: documents to bronze Parquet. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read every file under --input, recognise its family, and write bronze Parquet with lineage.")
public final class IngestCommand implements Runnable {
    @Mixin
    InputOptions input;
    @Mixin
    OutputOptions output;
    @Mixin
    SparkOptions spark;
    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public void run() {
        try (Pipeline pipeline = new Pipeline(spark, output, knowledge)) {
            pipeline.ingest(input.inputOrSample(), input.limits(), input.full);
        }
    }
}
