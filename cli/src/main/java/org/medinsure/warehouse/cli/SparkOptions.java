package org.medinsure.warehouse.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** How Spark runs: embedded by default, or on a cluster given its master URL. */
public final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL", defaultValue = "${sys:spark.master:-local[*]}",
            description = "Spark master: local[*] (default; under spark-submit, its --master), spark://host:7077, yarn, k8s://…")
    String master;

    /** Where the marts' SQL runs. */
    enum MartsEngine { AUTO, SPARK, DUCKDB }

    @Option(names = "--marts-engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "Engine of the marts' SQL: duckdb (embedded, one machine), spark, or auto (default): duckdb "
                    + "with a local master and a local --output, spark otherwise. Both run the same SQL definitions.")
    MartsEngine martsEngine;

    /** DuckDB when asked, or by default when everything is on this machine. */
    boolean martsInDuckDb(String output) {
        return martsEngine == MartsEngine.DUCKDB
                || martsEngine == MartsEngine.AUTO && master.startsWith("local") && !output.contains("://");
    }

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Extra Spark configuration, repeatable")
    Map<String, String> conf = new LinkedHashMap<>();
}
