package org.medinsure.warehouse.ingest.lake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A table of the lake: layer, name, meaning, columns and partition columns. The one description of
 * a table that the Spark writer, the DuckDB publisher and the data dictionary all read.
 */
/**
 * @param key the columns whose values tell the rows apart (the table's grain), declared UNIQUE where
 *     the table is published; empty when none is declared
 */
public record LakeTable(String layer, String name, String comment, List<LakeColumn> columns, List<String> partitionBy,
                        List<String> key) implements java.io.Serializable {
    /** Money: yuan with fen, as the contract fixes. */
    public static final DecimalType YUAN = DataTypes.createDecimalType(18, 2);

    public LakeTable {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(comment, "comment is null");
        columns = List.copyOf(columns);
        partitionBy = List.copyOf(partitionBy);
        key = List.copyOf(key);
        for (String partition : partitionBy) {
            if (columns.stream().noneMatch(column -> column.name().equals(partition))) {
                throw new IllegalArgumentException("Cannot partition " + name + " by missing column: " + partition);
            }
        }
        for (String part : key) {
            if (columns.stream().noneMatch(column -> column.name().equals(part))) {
                throw new IllegalArgumentException("Cannot key " + name + " by missing column: " + part);
            }
        }
    }

    public static Builder builder(String layer, String name, String comment) {
        return new Builder(layer, name, comment);
    }

    public StructType schema() {
        return new StructType(columns.stream()
                .map(column -> new StructField(column.name(), column.type(), true, org.apache.spark.sql.types.Metadata.empty()))
                .toArray(StructField[]::new));
    }

    public List<String> columnNames() {
        return columns.stream().map(LakeColumn::name).toList();
    }

    public LakeColumn column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot find column " + columnName + " in " + name));
    }

    /** Collects columns in order; the table's schema reads like its documentation. */
    public static final class Builder {
        private final String layer;
        private final String name;
        private final String comment;
        private final List<LakeColumn> columns = new ArrayList<>();
        private final List<String> partitionBy = new ArrayList<>();
        private final List<String> key = new ArrayList<>();

        private Builder(String layer, String name, String comment) {
            this.layer = layer;
            this.name = name;
            this.comment = comment;
        }

        public Builder column(String columnName, DataType type, String columnComment) {
            columns.add(new LakeColumn(columnName, type, columnComment));
            return this;
        }

        public Builder string(String columnName, String columnComment) {
            return column(columnName, DataTypes.StringType, columnComment);
        }

        public Builder integer(String columnName, String columnComment) {
            return column(columnName, DataTypes.IntegerType, columnComment);
        }

        public Builder bigint(String columnName, String columnComment) {
            return column(columnName, DataTypes.LongType, columnComment);
        }

        public Builder real(String columnName, String columnComment) {
            return column(columnName, DataTypes.DoubleType, columnComment);
        }

        public Builder bool(String columnName, String columnComment) {
            return column(columnName, DataTypes.BooleanType, columnComment);
        }

        public Builder yuan(String columnName, String columnComment) {
            return column(columnName, YUAN, columnComment);
        }

        public Builder partitionBy(String... columnNames) {
            partitionBy.addAll(List.of(columnNames));
            return this;
        }

        /** The columns that tell the rows apart (the grain). */
        public Builder key(String... columnNames) {
            key.addAll(List.of(columnNames));
            return this;
        }

        public LakeTable build() {
            return new LakeTable(layer, name, comment, columns, partitionBy, key);
        }
    }
}
