package org.medinsure.warehouse.ingest.lake;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;

/**
 * Reads one Parquet file of a lake table, written by {@link LakeFileWriter} (or by Spark in the
 * same physical types), into rows keyed by column name. A column the file lacks reads as NULL.
 */
public final class LakeFileReader {
    private LakeFileReader() {
    }

    public static List<Map<String, Object>> read(LakeTable table, Path file, Configuration conf) throws IOException {
        return read(table, file, conf, table.columnNames());
    }

    /** Reads only {@code columns} of the file (the others are not decoded); rows hold those columns only. */
    public static List<Map<String, Object>> read(LakeTable table, Path file, Configuration conf, List<String> columns)
            throws IOException {
        Objects.requireNonNull(table, "table is null");
        List<LakeColumn> wanted = columns.stream().map(table::column).toList();
        Configuration projected = conf;
        if (wanted.size() < table.columns().size()) {
            projected = new Configuration(conf);
            org.apache.parquet.schema.MessageType all = LakeFileWriter.parquetSchema(table);
            List<org.apache.parquet.schema.Type> fields = all.getFields().stream()
                    .filter(field -> columns.contains(field.getName())).toList();
            projected.set(org.apache.parquet.hadoop.api.ReadSupport.PARQUET_READ_SCHEMA,
                    new org.apache.parquet.schema.MessageType(all.getName(), fields).toString());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(projected).build()) {
            for (Group group = reader.read(); group != null; group = reader.read()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (LakeColumn column : wanted) {
                    row.put(column.name(), value(group, column.name(), column.type()));
                }
                rows.add(row);
            }
        } catch (RuntimeException e) {
            throw new IOException("Cannot read " + table.layer() + "." + table.name() + " file " + file + ": " + e, e);
        }
        return rows;
    }

    private static Object value(Group group, String name, DataType type) {
        GroupType groupType = group.getType();
        if (!groupType.containsField(name) || group.getFieldRepetitionCount(name) == 0) {
            return null;
        }
        if (type.equals(DataTypes.StringType)) {
            return group.getString(name, 0);
        }
        if (type.equals(DataTypes.IntegerType)) {
            return group.getInteger(name, 0);
        }
        if (type.equals(DataTypes.LongType)) {
            return group.getLong(name, 0);
        }
        if (type.equals(DataTypes.DoubleType)) {
            return group.getDouble(name, 0);
        }
        if (type.equals(DataTypes.BooleanType)) {
            return group.getBoolean(name, 0);
        }
        if (type instanceof DecimalType decimal) {
            return BigDecimal.valueOf(group.getLong(name, 0), decimal.scale());
        }
        if (type instanceof MapType map) {
            Group entries = group.getGroup(name, 0);
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < entries.getFieldRepetitionCount(0); i++) {
                Group pair = entries.getGroup(0, i);
                values.put(pair.getString("key", 0), value(pair, "value", map.valueType()));
            }
            return values;
        }
        throw new IllegalArgumentException("Cannot read column " + name + ": type " + type.simpleString()
                + " has no Parquet mapping here");
    }
}
