package org.medinsure.warehouse.marts.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.spark.storage.StorageLevel;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.medinsure.warehouse.ingest.lake.Lake;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.ingest.spark.StageTimer;
import org.medinsure.warehouse.marts.lake.GoldTables;
import org.medinsure.warehouse.marts.sql.MartSql;
import org.medinsure.warehouse.transform.lake.SilverTables;

/**
 * Marts: silver to gold with Spark SQL, one SQL file per mart under {@code marts/sql/}. Each mart
 * becomes a view that later marts may read (the region-year summary reads the others).
 */
public final class MartsJob {
    private final SparkSession spark;
    private final Lake lake;
    private final MartThresholds thresholds;

    public MartsJob(SparkSession spark, Lake lake, MartThresholds thresholds) {
        this.spark = Objects.requireNonNull(spark, "spark is null");
        this.lake = Objects.requireNonNull(lake, "lake is null");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds is null");
    }

    public void run() {
        StageTimer timer = new StageTimer("marts");
        // the marts read each silver table several times, and the region-year mart reads the other marts:
        // kept once in memory (spilling to disk), rather than re-read from hundreds of partition files each time
        List<Dataset<Row>> kept = new ArrayList<>();
        for (LakeTable table : SilverTables.ALL) {
            Dataset<Row> rows = lake.read(spark, table).persist(StorageLevel.MEMORY_AND_DISK());
            kept.add(rows);
            rows.createOrReplaceTempView(table.name());
        }
        Map<LakeTable, Dataset<Row>> marts = new LinkedHashMap<>();
        for (LakeTable mart : GoldTables.ALL) {
            Dataset<Row> rows = spark.sql(MartSql.of(mart.name(), MartSql.Engine.SPARK, thresholds)).persist(StorageLevel.MEMORY_AND_DISK());
            kept.add(rows);
            rows.createOrReplaceTempView(mart.name());
            marts.put(mart, rows);
        }
        lake.writeLayer(spark, GoldTables.LAYER, marts);
        kept.forEach(Dataset::unpersist);
        StringBuilder summary = new StringBuilder();
        for (LakeTable mart : GoldTables.ALL) {
            summary.append(mart.name()).append('=').append(lake.read(spark, mart).count()).append(' ');
        }
        timer.done(summary.toString().trim());
    }
}
