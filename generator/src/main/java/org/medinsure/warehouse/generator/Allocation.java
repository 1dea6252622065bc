package org.medinsure.warehouse.generator;

import java.util.Objects;

/** A row of a funds allocation table (资金分配表): what a region is allocated, in 万元, and under which code. */
public record Allocation(String region, String functionCode, double amountWan, double alreadyWan, double thisTimeWan) {
    public Allocation {
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(functionCode, "functionCode is null");
    }
}
