package org.medinsure.warehouse.marts.publish;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;

/** The DuckDB type of each lake column type. */
final class DuckDbTypes {
    private DuckDbTypes() {
    }

    static String of(DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return "VARCHAR";
        }
        if (type.equals(DataTypes.IntegerType)) {
            return "INTEGER";
        }
        if (type.equals(DataTypes.LongType)) {
            return "BIGINT";
        }
        if (type.equals(DataTypes.DoubleType)) {
            return "DOUBLE";
        }
        if (type.equals(DataTypes.BooleanType)) {
            return "BOOLEAN";
        }
        if (type instanceof DecimalType decimal) {
            return "DECIMAL(" + decimal.precision() + ", " + decimal.scale() + ")";
        }
        if (type instanceof ArrayType array) {
            return of(array.elementType()) + "[]";
        }
        if (type instanceof MapType map) {
            return "MAP(" + of(map.keyType()) + ", " + of(map.valueType()) + ")";
        }
        throw new IllegalArgumentException("Cannot map lake type to DuckDB: " + type);
    }
}
