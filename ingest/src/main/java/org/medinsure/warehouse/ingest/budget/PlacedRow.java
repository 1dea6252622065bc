package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A row whose amounts sit in known columns, in the table's own unit; null = blank cell.
 * {@code values} is mutable on purpose: reconciliation may replace a malformed number's value.
 *
 * @param sources the printed amount behind each value, aligned with the columns
 */
record PlacedRow(TableRow row, BigDecimal[] values, Amount[] sources) {
    PlacedRow {
        Objects.requireNonNull(row, "row is null");
        Objects.requireNonNull(values, "values is null");
        Objects.requireNonNull(sources, "sources is null");
    }
}
