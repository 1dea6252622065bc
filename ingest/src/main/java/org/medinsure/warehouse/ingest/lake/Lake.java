package org.medinsure.warehouse.ingest.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The Parquet lake under {@code <out>/lake/<layer>/<table>}. A stage writes all tables of its layer
 * into a staging folder and then swaps the folder into place, so a crash or kill mid-stage leaves
 * the previous layer whole. Works on any Hadoop file system (local, HDFS, S3A).
 */
public final class Lake {
    private static final Logger LOG = LogManager.getLogger(Lake.class);
    /** A layer being written; never read. */
    private static final String STAGING = ".staging-";
    /** A layer moved aside while its replacement is swapped in; the only copy if a run dies between the two renames. */
    private static final String PREVIOUS_PREFIX = ".previous-";
    private static final java.util.regex.Pattern PREVIOUS =
            java.util.regex.Pattern.compile("\\.previous-([a-z]+)-[0-9a-f-]{36}");
    /** The folder name of a NULL partition value, as Spark and Hive write it. */
    public static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";
    private final String root;

    public Lake(String outputDirectory) {
        Objects.requireNonNull(outputDirectory, "outputDirectory is null");
        this.root = stripSlash(outputDirectory) + "/lake";
    }

    public String layerPath(String layer) {
        return root + "/" + layer;
    }

    public String tablePath(LakeTable table) {
        return layerPath(table.layer()) + "/" + table.name();
    }

    public Dataset<Row> read(SparkSession spark, LakeTable table) {
        String path = tablePath(table);
        if (!exists(spark, path)) {
            throw new IllegalStateException("Cannot find lake table " + table.layer() + "." + table.name() + " at " + path
                    + ": run the stage that writes the " + table.layer() + " layer first");
        }
        Dataset<Row> data = spark.read().schema(table.schema()).parquet(path);
        return data.select(table.columnNames().stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new));
    }

    /** Writes every table of one layer and swaps them in together. */
    public void writeLayer(SparkSession spark, String layer, Map<LakeTable, Dataset<Row>> tables) {
        writeLayer(spark.sparkContext().hadoopConfiguration(), layer, staging -> {
            for (Map.Entry<LakeTable, Dataset<Row>> entry : tables.entrySet()) {
                LakeTable table = entry.getKey();
                if (!table.layer().equals(layer)) {
                    throw new IllegalArgumentException("Cannot write " + table.layer() + "." + table.name() + " into layer " + layer);
                }
                Dataset<Row> data = entry.getValue().select(
                        table.columnNames().stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new));
                if (!table.partitionBy().isEmpty()) {
                    // one file per partition folder, its rows in a stable order that readers can prune on
                    data = data.repartition(columns(table.partitionBy())).sortWithinPartitions(columns(sortOrder(table)));
                }
                var writer = data.write().mode(SaveMode.Overwrite);
                if (!table.partitionBy().isEmpty()) {
                    writer = writer.partitionBy(table.partitionBy().toArray(String[]::new));
                }
                writer.parquet(staging + "/" + table.name());
            }
        });
    }

    /**
     * The order of a partitioned table's rows within its file: province first (the filter every
     * comparison starts with, pruned through the row groups' statistics), then the table's key, or
     * its first columns where it has none.
     */
    public static List<String> sortOrder(LakeTable table) {
        List<String> order = new java.util.ArrayList<>();
        if (table.columnNames().contains("province") && !table.partitionBy().contains("province")) {
            order.add("province");
        }
        List<String> rest = table.key().isEmpty() ? table.columnNames().subList(0, Math.min(4, table.columnNames().size()))
                : table.key();
        rest.stream().filter(name -> !order.contains(name) && !table.partitionBy().contains(name)).forEach(order::add);
        return order;
    }

    private static org.apache.spark.sql.Column[] columns(List<String> names) {
        return names.stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new);
    }

    /** Writes the tables of a layer into a staging folder ({@code <staging>/<table>/…}). */
    @FunctionalInterface
    public interface LayerWriter {
        void writeInto(String staging) throws IOException;
    }

    /**
     * Has {@code writer} write a layer into a fresh staging folder, then swaps it in for the layer in
     * place: any engine's writes (Spark's, DuckDB's) are committed the same way.
     */
    public void writeLayer(Configuration conf, String layer, LayerWriter writer) {
        Path target = new Path(layerPath(layer));
        Path staging = new Path(root + "/" + STAGING + layer + "-" + UUID.randomUUID());
        try {
            FileSystem fs = target.getFileSystem(conf);
            writer.writeInto(staging.toString());
            Path previous = new Path(root + "/" + PREVIOUS_PREFIX + layer + "-" + UUID.randomUUID());
            boolean hadPrevious = fs.exists(target);
            if (hadPrevious && !fs.rename(target, previous)) {
                throw new IOException("Cannot move " + target + " aside");
            }
            if (!fs.rename(staging, target)) {
                if (hadPrevious) {
                    fs.rename(previous, target);
                }
                throw new IOException("Cannot move " + staging + " to " + target);
            }
            if (hadPrevious) {
                fs.delete(previous, true);
            }
            LOG.info("Layer {} committed to {}", layer, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write layer " + layer + " under " + root, e);
        } finally {
            deleteQuietly(conf, staging);
        }
    }

    /**
     * Puts right what a run killed mid-commit left: a layer moved aside whose replacement never
     * arrived is moved back, and staging and moved-aside folders are deleted. Run before a stage
     * writes, by the only command writing to this output.
     *
     * @return the folders restored or deleted, for the log
     */
    public List<String> recover(Configuration conf) {
        Objects.requireNonNull(conf, "conf is null");
        List<String> done = new java.util.ArrayList<>();
        Path lake = new Path(root);
        try {
            FileSystem fs = lake.getFileSystem(conf);
            if (!fs.exists(lake)) {
                return done;
            }
            FileStatus[] entries = fs.listStatus(lake);
            java.util.Arrays.sort(entries, java.util.Comparator.comparingLong(FileStatus::getModificationTime).reversed());
            for (FileStatus entry : entries) {
                String name = entry.getPath().getName();
                java.util.regex.Matcher previous = PREVIOUS.matcher(name);
                if (previous.matches() && !fs.exists(new Path(layerPath(previous.group(1))))) {
                    if (fs.rename(entry.getPath(), new Path(layerPath(previous.group(1))))) {
                        done.add("restored layer " + previous.group(1) + " from " + name);
                    }
                } else if (previous.matches() || name.startsWith(STAGING)) {
                    fs.delete(entry.getPath(), true);
                    done.add("deleted " + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean what an interrupted run left under " + root, e);
        }
        return done;
    }

    private static boolean exists(SparkSession spark, String path) {
        try {
            Path hadoopPath = new Path(path);
            return hadoopPath.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(hadoopPath);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check " + path, e);
        }
    }

    private static void deleteQuietly(Configuration conf, Path path) {
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (fs.exists(path)) {
                fs.delete(path, true);
            }
        } catch (IOException e) {
            LOG.warn("Cannot delete staging folder {}: {}", path, e.toString());
        }
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
