package org.medinsure.warehouse.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** How Spark runs: embedded by default, or on a cluster given its master URL. */
public final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL", defaultValue = "${sys:spark.master:-local[*]}",
            description = "Spark master: local[*] (default; under spark-submit, its --master), spark://host:7077, yarn, k8s://…")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Extra Spark configuration, repeatable")
    Map<String, String> conf = new LinkedHashMap<>();
}
