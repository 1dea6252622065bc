package org.medinsure.warehouse.generator;

import java.util.List;
import java.util.Objects;

/** A budget or final-accounts expenditure table: its title, its lines and its 合计 row. */
public record BudgetTable(String title, List<BudgetLine> lines, double totalWan, double basicWan, double projectWan) {
    public BudgetTable {
        Objects.requireNonNull(title, "title is null");
        lines = List.copyOf(lines);
    }
}
