package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A place where a document compares its budget with what was spent: narrative
 * (年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%) or a budget/final column pair.
 *
 * @param ratePct the rate as printed, in percent points; null where none is printed
 * @param source {@code text}, {@code table} or {@code text+table}
 */
public record ExecutionStatement(
        int sourceLine,
        String item,
        String functionCode,
        BigDecimal budgetYuan,
        BigDecimal finalYuan,
        Double ratePct,
        String source) implements Serializable {
    public ExecutionStatement {
        Objects.requireNonNull(item, "item is null");
        Objects.requireNonNull(source, "source is null");
    }

    /** This fact with its line taken through {@code lines} (rendered position to file line). */
    public ExecutionStatement withSourceLine(java.util.function.IntUnaryOperator lines) {
        return new ExecutionStatement(lines.applyAsInt(sourceLine), item, functionCode, budgetYuan, finalYuan,
                ratePct, source);
    }
}
