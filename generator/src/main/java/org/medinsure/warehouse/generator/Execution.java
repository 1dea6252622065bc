package org.medinsure.warehouse.generator;

import java.util.Objects;

/** A final-accounts statement comparing a line's budget with its spending: item as printed, code, 万元, rate. */
public record Execution(String item, String code, double budgetWan, double finalWan, double ratePct) {
    public Execution {
        Objects.requireNonNull(item, "item is null");
    }
}
