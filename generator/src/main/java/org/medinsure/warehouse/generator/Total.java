package org.medinsure.warehouse.generator;

import java.util.Objects;

/** A total row's amount in one column of a table that is not a classification table (a summary table's 合计). */
public record Total(String table, String label, String column, double wan) {
    public Total {
        Objects.requireNonNull(table, "table is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(column, "column is null");
    }
}
