package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One classification line (类/款/项) of a budget or final-accounts table, amounts in yuan.
 *
 * @param stage {@code budget} or {@code final}
 * @param functionCode 3, 5 or 7 digits joined (2101301), null where the table prints no code
 */
public record BudgetLine(
        int sourceLine,
        String stage,
        String tableName,
        String functionCode,
        String functionName,
        BigDecimal totalYuan,
        BigDecimal basicYuan,
        BigDecimal projectYuan) implements Serializable {
    public BudgetLine {
        Objects.requireNonNull(stage, "stage is null");
        Objects.requireNonNull(tableName, "tableName is null");
    }
}
