package org.medinsure.warehouse.marts.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.medinsure.warehouse.ingest.lake.Lake;
import org.medinsure.warehouse.ingest.lake.LakeColumn;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.ingest.lake.NioLocalFileSystem;
import org.medinsure.warehouse.ingest.spark.StageTimer;
import org.medinsure.warehouse.marts.lake.GoldTables;
import org.medinsure.warehouse.marts.publish.DuckDbPublisher;
import org.medinsure.warehouse.marts.spark.MartThresholds;
import org.medinsure.warehouse.marts.sql.MartSql;
import org.medinsure.warehouse.transform.lake.SilverTables;

/**
 * The marts computed by an embedded DuckDB from the silver Parquet of a lake on this machine, from
 * the same SQL definitions Spark runs on a cluster, and written into the gold layer as Spark writes
 * it (the same columns and types, partition folders, and NULL partition marker), swapped in whole.
 */
public final class DuckDbMartsJob {
    private final Lake lake;
    private final Path lakeRoot;
    private final MartThresholds thresholds;

    public DuckDbMartsJob(Lake lake, Path lakeRoot, MartThresholds thresholds) {
        this.lake = Objects.requireNonNull(lake, "lake is null");
        this.lakeRoot = Objects.requireNonNull(lakeRoot, "lakeRoot is null");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds is null");
    }

    public void run() {
        StageTimer timer = new StageTimer("marts");
        StringBuilder summary = new StringBuilder();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            silverViews(statement, lakeRoot);
            computeMarts(statement, thresholds).forEach((mart, rows) -> summary.append(mart).append('=').append(rows).append(' '));
            Configuration conf = NioLocalFileSystem.configure(new Configuration());
            lake.writeLayer(conf, GoldTables.LAYER, staging -> {
                try {
                    for (LakeTable mart : GoldTables.ALL) {
                        write(statement, mart, Path.of(staging, mart.name()));
                    }
                } catch (SQLException e) {
                    throw new java.io.IOException("DuckDB could not write the gold layer: " + e.getMessage(), e);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB could not compute the marts: " + e.getMessage(), e);
        }
        timer.done(summary.toString().trim());
    }

    /** The silver tables of a lake as views of its Parquet; a table the transform wrote no file for is empty. */
    public static void silverViews(Statement statement, Path lakeRoot) throws SQLException {
        for (LakeTable table : SilverTables.ALL) {
            String select = DuckDbPublisher.lakeSelect(lakeRoot, table).orElse(null);
            if (select != null) {
                statement.execute("CREATE VIEW " + table.name() + " AS " + select);
            } else {
                statement.execute("CREATE TABLE " + table.name() + " (" + table.columns().stream()
                        .map(column -> DuckDbPublisher.quote(column.name()) + " " + DuckDbPublisher.duckDbType(column))
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    /**
     * Each mart as a table (the region-year mart reads the others) from the DuckDB form of its SQL,
     * over the silver views; returns the rows of each, in mart order.
     */
    public static java.util.Map<String, Long> computeMarts(Statement statement, MartThresholds thresholds) throws SQLException {
        java.util.Map<String, Long> rows = new java.util.LinkedHashMap<>();
        for (LakeTable mart : GoldTables.ALL) {
            statement.execute("CREATE TABLE " + mart.name() + " AS " + MartSql.of(mart.name(), MartSql.Engine.DUCKDB, thresholds));
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + mart.name())) {
                count.next();
                rows.put(mart.name(), count.getLong(1));
            }
        }
        return rows;
    }

    /**
     * One Parquet file per partition folder, named as Spark names them ({@code fiscal_year=2021},
     * a NULL value under Spark's marker, which DuckDB's own partitioned writer does not use).
     */
    private static void write(Statement statement, LakeTable mart, Path folder) throws SQLException, java.io.IOException {
        List<String> partitions = mart.partitionBy();
        String values = partitions.stream().map(DuckDbMartsJob::partitionValue).collect(Collectors.joining(", "));
        List<List<String>> folders = new java.util.ArrayList<>();
        if (partitions.isEmpty()) {
            folders.add(List.of());
        } else {
            try (ResultSet rows = statement.executeQuery("SELECT DISTINCT " + values + " FROM " + mart.name() + " ORDER BY ALL")) {
                while (rows.next()) {
                    List<String> folderValues = new java.util.ArrayList<>();
                    for (int i = 1; i <= partitions.size(); i++) {
                        folderValues.add(rows.getString(i));
                    }
                    folders.add(folderValues);
                }
            }
        }
        String columns = mart.columns().stream().filter(column -> !partitions.contains(column.name()))
                .map(column -> "CAST(" + DuckDbPublisher.quote(column.name()) + " AS " + DuckDbPublisher.duckDbType(column) + ") AS "
                        + DuckDbPublisher.quote(column.name()))
                .collect(Collectors.joining(", "));
        for (List<String> folderValues : folders) {
            Path target = folder;
            StringBuilder where = new StringBuilder(" WHERE true");
            for (int i = 0; i < partitions.size(); i++) {
                target = target.resolve(partitions.get(i) + "=" + folderValues.get(i));
                where.append(" AND ").append(partitionValue(partitions.get(i))).append(" = ").append(DuckDbPublisher.literal(folderValues.get(i)));
            }
            java.nio.file.Files.createDirectories(target);
            statement.execute("COPY (SELECT " + columns + " FROM " + mart.name() + where + " ORDER BY ALL) TO "
                    + DuckDbPublisher.literal(target.resolve("part-00000.zstd.parquet").toString()) + " (FORMAT PARQUET, COMPRESSION zstd)");
        }
    }

    private static String partitionValue(String column) {
        return "coalesce(CAST(" + DuckDbPublisher.quote(column) + " AS VARCHAR), " + DuckDbPublisher.literal(DuckDbPublisher.HIVE_NULL) + ")";
    }
}
