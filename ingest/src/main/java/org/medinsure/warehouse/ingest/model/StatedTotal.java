package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A total a document states in its narrative (收入总计7764.9万元, 本年支出合计 1940.11 万元), in
 * yuan, and whether one of the document's own table totals prints the same amount.
 *
 * @param matchesTable true when a table total of the document equals it (within a rounding fen of
 *     万元), false when none does, null when the document has no table totals to check against
 */
public record StatedTotal(int sourceLine, String label, BigDecimal amountYuan, Boolean matchesTable)
        implements Serializable {
    public StatedTotal {
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(amountYuan, "amountYuan is null");
    }

    /** This fact with its line taken through {@code lines} (rendered position to file line). */
    public StatedTotal withSourceLine(java.util.function.IntUnaryOperator lines) {
        return new StatedTotal(lines.applyAsInt(sourceLine), label, amountYuan, matchesTable);
    }
}
