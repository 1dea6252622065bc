package org.medinsure.warehouse.ingest.lake;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;

/**
 * Writes the rows of one lake table into one Parquet file, through any Hadoop file system, in the
 * physical types Spark itself writes (strings as UTF-8 binary, decimals up to 18 digits as INT64,
 * maps as MAP key_value groups), so Spark and DuckDB read the file as one of Spark's own. A task
 * can write every table of a layer in one pass instead of one Spark job per table. As in Spark's
 * files, partition columns are not stored: their values are in the folder names.
 *
 * <p>The file is written under a hidden attempt name and renamed into place on {@link #close}: a
 * reader never sees a half-written file, and a retried task's file replaces its failed twin.
 */
public final class LakeFileWriter implements Closeable {
    private final LakeTable table;
    private final FileSystem fs;
    private final Path attempt;
    private final Path target;
    /** The table's columns that are stored in the file, in file order. */
    private final List<LakeColumn> stored;
    /** For each stored column, its position among the table's columns (a Row holds them all). */
    private final int[] tableIndex;
    private final ParquetWriter<IntFunction<Object>> writer;
    private long rows;

    /**
     * @param folder the table's folder
     * @param part   the file's number within the table (the task's partition)
     * @param attemptNumber the task attempt, to keep concurrent attempts apart
     */
    public LakeFileWriter(LakeTable table, Path folder, int part, int attemptNumber, Configuration conf) throws IOException {
        this.table = Objects.requireNonNull(table, "table is null");
        Objects.requireNonNull(folder, "folder is null");
        String name = LayerState.partName(part);
        this.target = new Path(folder, name);
        this.attempt = new Path(folder, "." + name + "-attempt-" + attemptNumber + ".tmp");
        this.fs = folder.getFileSystem(conf);
        MessageType schema = parquetSchema(table);
        this.stored = storedColumns(table);
        this.tableIndex = stored.stream().mapToInt(column -> table.columns().indexOf(column)).toArray();
        this.writer = new Builder(HadoopOutputFile.fromPath(attempt, conf), new LakeRowWriteSupport(table, schema, stored))
                .withConf(conf)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
    }

    /** The Parquet schema of a table: every stored column optional, named and typed as Spark would write it. */
    public static MessageType parquetSchema(LakeTable table) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (LakeColumn column : storedColumns(table)) {
            builder.addField(field(table, column.name(), column.type(), Type.Repetition.OPTIONAL));
        }
        return builder.named("spark_schema");
    }

    private static List<LakeColumn> storedColumns(LakeTable table) {
        return table.columns().stream().filter(column -> !table.partitionBy().contains(column.name())).toList();
    }

    private static Type field(LakeTable table, String name, DataType type, Type.Repetition repetition) {
        if (type.equals(DataTypes.StringType)) {
            return Types.primitive(PrimitiveTypeName.BINARY, repetition).as(LogicalTypeAnnotation.stringType()).named(name);
        }
        if (type.equals(DataTypes.IntegerType)) {
            return Types.primitive(PrimitiveTypeName.INT32, repetition).named(name);
        }
        if (type.equals(DataTypes.LongType)) {
            return Types.primitive(PrimitiveTypeName.INT64, repetition).named(name);
        }
        if (type.equals(DataTypes.DoubleType)) {
            return Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(name);
        }
        if (type.equals(DataTypes.BooleanType)) {
            return Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
        }
        if (type instanceof DecimalType decimal && decimal.precision() <= 18) {
            return Types.primitive(PrimitiveTypeName.INT64, repetition)
                    .as(LogicalTypeAnnotation.decimalType(decimal.scale(), decimal.precision())).named(name);
        }
        if (type instanceof MapType map && map.keyType().equals(DataTypes.StringType)) {
            return Types.map(repetition)
                    .key(field(table, "key", DataTypes.StringType, Type.Repetition.REQUIRED))
                    .value(field(table, "value", map.valueType(), Type.Repetition.OPTIONAL))
                    .named(name);
        }
        throw new IllegalArgumentException("Cannot write column " + name + " of " + table.layer() + "." + table.name()
                + ": type " + type.simpleString() + " has no Parquet mapping here");
    }

    /** Appends one row, its values in the table's column order (java.util.Map for a map column). */
    public void write(Row row) throws IOException {
        if (row.length() != table.columns().size()) {
            throw new IllegalArgumentException("Row of " + row.length() + " values for " + table.name() + ", which has "
                    + table.columns().size() + " columns");
        }
        write(stored -> row.get(tableIndex[stored]));
    }

    /** Appends one row given by column name; a column missing from the map is NULL. */
    public void write(Map<String, Object> row) throws IOException {
        write(stored -> row.get(this.stored.get(stored).name()));
    }

    /** Appends the row whose value of the {@code i}-th stored column is {@code values.apply(i)}. */
    private void write(IntFunction<Object> values) throws IOException {
        writer.write(values);
        rows++;
    }

    /** A Parquet writer of rows through {@link LakeRowWriteSupport}. */
    private static final class Builder extends ParquetWriter.Builder<IntFunction<Object>, Builder> {
        private final LakeRowWriteSupport support;

        Builder(org.apache.parquet.io.OutputFile file, LakeRowWriteSupport support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected org.apache.parquet.hadoop.api.WriteSupport<IntFunction<Object>> getWriteSupport(Configuration conf) {
            return support;
        }
    }

    public long rows() {
        return rows;
    }

    /**
     * Deletes, anywhere under a layer's staging folder, the hidden files of task attempts that
     * failed and were retried: their twins under the final names are complete.
     */
    public static void removeAttemptLeftovers(Path staging, Configuration conf) throws IOException {
        FileSystem fs = staging.getFileSystem(conf);
        if (!fs.exists(staging)) {
            return;
        }
        // listStatus, not listFiles: a LocatedFileStatus asks the local file system for permissions, a fork per file
        java.util.ArrayDeque<Path> folders = new java.util.ArrayDeque<>(List.of(staging));
        while (!folders.isEmpty()) {
            for (org.apache.hadoop.fs.FileStatus status : fs.listStatus(folders.pop())) {
                String name = status.getPath().getName();
                if (status.isDirectory()) {
                    folders.push(status.getPath());
                } else if (name.startsWith(".part-") && name.endsWith(".tmp")) {
                    fs.delete(status.getPath(), false);
                }
            }
        }
    }

    /** Drops the file after a failure: nothing half-written reaches the table. */
    public void abort() {
        try {
            writer.close();
        } catch (IOException | RuntimeException ignored) {
            // the attempt file is deleted next whatever state the writer was left in
        }
        try {
            fs.delete(attempt, false);
        } catch (IOException ignored) {
            // a hidden attempt file is never read; the layer's staging folder goes with the run
        }
    }

    /** Finishes the file and moves it to its final name. */
    @Override
    public void close() throws IOException {
        writer.close();
        if (fs.exists(target)) {
            fs.delete(target, false);
        }
        if (!fs.rename(attempt, target)) {
            throw new IOException("Cannot move " + attempt + " to " + target);
        }
    }
}
