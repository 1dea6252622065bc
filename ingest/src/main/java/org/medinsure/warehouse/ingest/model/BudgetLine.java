package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One classification line (类/款/项) of a budget or final-accounts table, amounts in yuan.
 *
 * @param stage {@code budget} or {@code final}
 * @param functionCode 3, 5 or 7 digits joined (2101301), null where the table prints no code
 * @param otherAmounts amounts of the table's other columns, keyed by the column header as printed
 *     (财政拨款收入, 其他收入, 一般公共预算, 政府性基金 …), in yuan; for an allocation row, keyed
 *     {@code already} (allocated earlier) and {@code this_time} (allocated by this notice)
 * @param regionName for a row of an allocation table (stage {@code allocation}), the region or unit
 *     the row allocates to, as printed; null for the lines of a budget or final-accounts table
 */
public record BudgetLine(
        int sourceLine,
        String stage,
        String tableName,
        String functionCode,
        String functionName,
        BigDecimal totalYuan,
        BigDecimal basicYuan,
        BigDecimal projectYuan,
        Map<String, BigDecimal> otherAmounts,
        String regionName) implements Serializable {
    public BudgetLine {
        otherAmounts = Map.copyOf(otherAmounts);
        Objects.requireNonNull(stage, "stage is null");
        Objects.requireNonNull(tableName, "tableName is null");
    }

    /** This fact with its line taken through {@code lines} (rendered position to file line). */
    public BudgetLine withSourceLine(java.util.function.IntUnaryOperator lines) {
        return new BudgetLine(lines.applyAsInt(sourceLine), stage, tableName, functionCode, functionName, totalYuan,
                basicYuan, projectYuan, otherAmounts, regionName);
    }
}
