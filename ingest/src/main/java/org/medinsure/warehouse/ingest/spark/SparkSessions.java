package org.medinsure.warehouse.ingest.spark;

import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession a command uses. {@code local[*]} runs embedded; any master URL
 * (spark://, yarn, k8s://) runs the same jobs on a cluster.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession create(String master, Map<String, String> extraConf) {
        Objects.requireNonNull(master, "master is null");
        SparkSession.Builder builder = SparkSession.builder()
                .appName("medical-insurance-budget-warehouse")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.compression.codec", "zstd")
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                .config("spark.sql.debug.maxToStringFields", "200")
                // file: paths without a chmod process per file written (see NioLocalFileSystem)
                .config("spark.hadoop.fs.file.impl", org.medinsure.warehouse.ingest.lake.NioLocalFileSystem.class.getName());
        if (master.startsWith("local")) {
            builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        for (Map.Entry<String, String> entry : extraConf.entrySet()) {
            builder = builder.config(entry.getKey(), entry.getValue());
        }
        return builder.getOrCreate();
    }
}
