package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A total row of a budget or final-accounts table (合计, 总计, 本年收入合计 …), one per column.
 *
 * @param side {@code 收入} or {@code 支出} in a two-sided summary table, where 总计 is printed on
 *     both sides; null in a one-sided table
 * @param column the amount column it totals (总计, 基本支出-小计 …), null for a single-amount row
 */
public record TableTotal(
        int sourceLine,
        String tableName,
        String label,
        String side,
        String column,
        BigDecimal amountYuan) implements Serializable {
    public TableTotal {
        Objects.requireNonNull(tableName, "tableName is null");
        Objects.requireNonNull(label, "label is null");
    }

    /** This fact with its line taken through {@code lines} (rendered position to file line). */
    public TableTotal withSourceLine(java.util.function.IntUnaryOperator lines) {
        return new TableTotal(lines.applyAsInt(sourceLine), tableName, label, side, column, amountYuan);
    }
}
