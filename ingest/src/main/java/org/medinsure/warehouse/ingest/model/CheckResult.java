package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * One reconciliation a document was put through: the amount its own figures say a printed amount
 * must be, the amount printed, and whether they agree within the rule's tolerance. Passed checks
 * are kept as well as failed ones, so that the share passed can be measured.
 *
 * @param sourceLine line of the amount checked (the parent row, the total, the stated sentence)
 * @param check the rule of {@code vocabulary/checks.csv} (children_sum, table_total …)
 * @param scope what was checked, for a reader: table, row and column
 * @param expected what the document's other figures make it, in yuan
 * @param found what is printed, in yuan
 */
public record CheckResult(int sourceLine, String check, String scope, BigDecimal expected, BigDecimal found,
                          boolean passed) implements Serializable {
    public CheckResult {
        Objects.requireNonNull(check, "check is null");
        Objects.requireNonNull(scope, "scope is null");
    }

    public CheckResult withSourceLine(IntUnaryOperator lines) {
        return new CheckResult(lines.applyAsInt(sourceLine), check, scope, expected, found, passed);
    }
}
