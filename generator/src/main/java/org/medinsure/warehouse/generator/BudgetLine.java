package org.medinsure.warehouse.generator;

import java.util.Objects;

/** A functional-classification line (类 3, 款 5, 项 7 digits) of a budget or final-accounts table, in 万元. */
public record BudgetLine(String code, String name, double totalWan, double basicWan, double projectWan) {
    public BudgetLine {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(name, "name is null");
    }

    public String level() {
        return switch (code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            default -> "项";
        };
    }
}
