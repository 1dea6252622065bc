package org.medinsure.warehouse.ingest.lake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;

/**
 * Hands a row's values straight to Parquet's record consumer, as Spark's own write support does:
 * no object per row or per value in between. A row is the function from a stored column's
 * position to its value (null for none). The physical types are {@link LakeFileWriter}'s.
 */
final class LakeRowWriteSupport extends WriteSupport<IntFunction<Object>> {
    private static final String KEY_VALUE = "key_value";
    private final LakeTable table;
    private final MessageType schema;
    private final List<LakeColumn> stored;
    private RecordConsumer consumer;

    LakeRowWriteSupport(LakeTable table, MessageType schema, List<LakeColumn> stored) {
        this.table = Objects.requireNonNull(table, "table is null");
        this.schema = Objects.requireNonNull(schema, "schema is null");
        this.stored = List.copyOf(stored);
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    /**
     * Checks and converts every value before the record is begun: a value of the wrong type fails the
     * row, naming the column, and leaves the file as it was.
     */
    @Override
    public void write(IntFunction<Object> row) {
        Object[] values = new Object[stored.size()];
        for (int i = 0; i < values.length; i++) {
            LakeColumn column = stored.get(i);
            values[i] = checked(column.type(), row.apply(i), column.name());
        }
        consumer.startMessage();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                String name = stored.get(i).name();
                consumer.startField(name, i);
                add(stored.get(i).type(), values[i]);
                consumer.endField(name, i);
            }
        }
        consumer.endMessage();
    }

    /** The value in the form {@link #add} writes (a decimal as its unscaled long); null stays null. */
    private Object checked(DataType type, Object value, String column) {
        if (value == null) {
            return null;
        }
        try {
            if (type.equals(DataTypes.StringType)) {
                return (String) value;
            } else if (type.equals(DataTypes.IntegerType)) {
                return (Integer) value;
            } else if (type.equals(DataTypes.LongType)) {
                return (Long) value;
            } else if (type.equals(DataTypes.DoubleType)) {
                return (Double) value;
            } else if (type.equals(DataTypes.BooleanType)) {
                return (Boolean) value;
            } else if (type instanceof DecimalType decimal) {
                return ((BigDecimal) value).setScale(decimal.scale(), RoundingMode.HALF_UP).unscaledValue().longValueExact();
            } else if (type instanceof MapType map) {
                Map<String, Object> entries = new java.util.LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    entries.put((String) Objects.requireNonNull(entry.getKey(), "a map key is null"),
                            checked(map.valueType(), entry.getValue(), column));
                }
                return entries;
            }
        } catch (ClassCastException | ArithmeticException | NullPointerException e) {
            throw new IllegalArgumentException("Cannot write " + value + " into " + table.name() + "." + column
                    + " (" + type.simpleString() + ")", e);
        }
        throw new IllegalArgumentException("Cannot write column " + column + " of " + table.layer() + "." + table.name()
                + ": type " + type.simpleString() + " has no Parquet mapping here");
    }

    private void add(DataType type, Object value) {
        if (type.equals(DataTypes.StringType)) {
            consumer.addBinary(Binary.fromString((String) value));
        } else if (type.equals(DataTypes.IntegerType)) {
            consumer.addInteger((Integer) value);
        } else if (type.equals(DataTypes.LongType) || type instanceof DecimalType) {
            consumer.addLong((Long) value);
        } else if (type.equals(DataTypes.DoubleType)) {
            consumer.addDouble((Double) value);
        } else if (type.equals(DataTypes.BooleanType)) {
            consumer.addBoolean((Boolean) value);
        } else if (type instanceof MapType map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entries = (Map<String, Object>) value;
            consumer.startGroup();
            if (!entries.isEmpty()) {
                consumer.startField(KEY_VALUE, 0);
                for (Map.Entry<String, Object> entry : entries.entrySet()) {
                    consumer.startGroup();
                    consumer.startField("key", 0);
                    consumer.addBinary(Binary.fromString(entry.getKey()));
                    consumer.endField("key", 0);
                    if (entry.getValue() != null) {
                        consumer.startField("value", 1);
                        add(map.valueType(), entry.getValue());
                        consumer.endField("value", 1);
                    }
                    consumer.endGroup();
                }
                consumer.endField(KEY_VALUE, 0);
            }
            consumer.endGroup();
        }
    }
}
