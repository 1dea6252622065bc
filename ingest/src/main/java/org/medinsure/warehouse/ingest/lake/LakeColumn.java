package org.medinsure.warehouse.ingest.lake;

import java.util.Objects;
import org.apache.spark.sql.types.DataType;

/** A column of a lake table: its name, Spark type and the meaning published as a DuckDB COMMENT. */
public record LakeColumn(String name, DataType type, String comment) implements java.io.Serializable {
    public LakeColumn {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(comment, "comment is null");
    }
}
