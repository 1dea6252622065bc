package org.medinsure.warehouse.ingest.lake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;

/**
 * Reads a lake file's records straight into arrays of values, one per wanted column in the order
 * asked for, as Spark's own read support does: no object per record in between, and a string
 * column's dictionary decoded once per file rather than once per value. Only the wanted columns the
 * file has are decoded; the others read as NULL.
 */
final class LakeRowReadSupport extends ReadSupport<Object[]> {
    private final LakeTable table;
    private final List<LakeColumn> wanted;

    LakeRowReadSupport(LakeTable table, List<LakeColumn> wanted) {
        this.table = table;
        this.wanted = List.copyOf(wanted);
    }

    @Override
    public ReadContext init(InitContext context) {
        MessageType file = context.getFileSchema();
        List<Type> fields = new ArrayList<>();
        for (Type field : file.getFields()) {
            if (wanted.stream().anyMatch(column -> column.name().equals(field.getName()))) {
                fields.add(field);
            }
        }
        return new ReadContext(new MessageType(file.getName(), fields));
    }

    @Override
    public RecordMaterializer<Object[]> prepareForRead(Configuration configuration, Map<String, String> keyValueMetaData,
                                                       MessageType fileSchema, ReadContext readContext) {
        return new Materializer(readContext.getRequestedSchema());
    }

    private final class Materializer extends RecordMaterializer<Object[]> {
        private final GroupConverter root;
        private Object[] current;

        Materializer(MessageType requested) {
            Converter[] converters = new Converter[requested.getFieldCount()];
            for (int field = 0; field < converters.length; field++) {
                String name = requested.getFieldName(field);
                int position = position(name);
                converters[field] = converter(wanted.get(position).type(), requested.getType(field), name,
                        value -> current[position] = value);
            }
            root = new Fields(converters) {
                @Override
                public void start() {
                    current = new Object[wanted.size()];
                }
            };
        }

        @Override
        public Object[] getCurrentRecord() {
            return current;
        }

        @Override
        public GroupConverter getRootConverter() {
            return root;
        }
    }

    private int position(String name) {
        for (int i = 0; i < wanted.size(); i++) {
            if (wanted.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("Column " + name + " was not asked for");
    }

    /** A converter handing each value of a column, as the lake's Java type, to {@code sink}. */
    private Converter converter(DataType type, Type field, String column, Consumer<Object> sink) {
        if (type.equals(DataTypes.StringType)) {
            return new Strings(sink);
        }
        if (type instanceof MapType map && !field.isPrimitive()) {
            GroupType entries = field.asGroupType().getType(0).asGroupType();
            return new MapValues(map, entries, column, sink);
        }
        if (type.equals(DataTypes.IntegerType) || type.equals(DataTypes.LongType) || type.equals(DataTypes.DoubleType)
                || type.equals(DataTypes.BooleanType) || type instanceof DecimalType) {
            return new Numbers(type, sink);
        }
        throw new IllegalArgumentException("Cannot read column " + column + " of " + table.layer() + "." + table.name()
                + ": type " + type.simpleString() + " has no Parquet mapping here");
    }

    /** A group whose fields go to their own converters. */
    private static class Fields extends GroupConverter {
        private final Converter[] converters;

        Fields(Converter[] converters) {
            this.converters = converters;
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return converters[fieldIndex];
        }

        @Override
        public void start() {
        }

        @Override
        public void end() {
        }
    }

    /** UTF-8 strings; with a dictionary, each entry is decoded once. */
    private static final class Strings extends PrimitiveConverter {
        private final Consumer<Object> sink;
        private String[] dictionary;

        Strings(Consumer<Object> sink) {
            this.sink = sink;
        }

        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        @Override
        public void setDictionary(Dictionary values) {
            dictionary = new String[values.getMaxId() + 1];
            for (int id = 0; id < dictionary.length; id++) {
                dictionary[id] = values.decodeToBinary(id).toStringUsingUTF8();
            }
        }

        @Override
        public void addValueFromDictionary(int dictionaryId) {
            sink.accept(dictionary[dictionaryId]);
        }

        @Override
        public void addBinary(Binary value) {
            sink.accept(value.toStringUsingUTF8());
        }
    }

    /** Integers, longs, doubles, booleans and decimals (unscaled, INT32 or INT64, as Spark writes them). */
    private static final class Numbers extends PrimitiveConverter {
        private final DataType type;
        private final int scale;
        private final Consumer<Object> sink;

        Numbers(DataType type, Consumer<Object> sink) {
            this.type = type;
            this.scale = type instanceof DecimalType decimal ? decimal.scale() : 0;
            this.sink = sink;
        }

        // no conditional expressions here: one mixing Integer and Long would promote both to Long
        @Override
        public void addInt(int value) {
            if (type instanceof DecimalType) {
                sink.accept(BigDecimal.valueOf(value, scale));
            } else if (type.equals(DataTypes.LongType)) {
                sink.accept((long) value);
            } else {
                sink.accept(value);
            }
        }

        @Override
        public void addLong(long value) {
            if (type instanceof DecimalType) {
                sink.accept(BigDecimal.valueOf(value, scale));
            } else {
                sink.accept(value);
            }
        }

        @Override
        public void addDouble(double value) {
            sink.accept(value);
        }

        @Override
        public void addBoolean(boolean value) {
            sink.accept(value);
        }
    }

    /** A MAP column: its key_value entries into a map kept in file order. */
    private final class MapValues extends GroupConverter {
        private final Consumer<Object> sink;
        private final Fields entry;
        private Map<String, Object> values;
        private String key;
        private Object value;

        MapValues(MapType map, GroupType entries, String column, Consumer<Object> sink) {
            this.sink = sink;
            Converter[] converters = new Converter[entries.getFieldCount()];
            for (int field = 0; field < converters.length; field++) {
                converters[field] = entries.getFieldName(field).equals("key")
                        ? new Strings(read -> key = (String) read)
                        : converter(map.valueType(), entries.getType(field), column, read -> value = read);
            }
            entry = new Fields(converters) {
                @Override
                public void start() {
                    key = null;
                    value = null;
                }

                @Override
                public void end() {
                    values.put(key, value);
                }
            };
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return entry;
        }

        @Override
        public void start() {
            values = new LinkedHashMap<>();
        }

        @Override
        public void end() {
            sink.accept(values);
        }
    }
}
