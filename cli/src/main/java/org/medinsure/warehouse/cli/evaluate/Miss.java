package org.medinsure.warehouse.cli.evaluate;

import java.util.Objects;

/**
 * A gold fact the warehouse lacks, or a warehouse fact the gold lacks.
 *
 * @param location where to look: {@code seeds.jsonl:12} or {@code 001_….txt:157}
 * @param fact the fact in one line
 * @param reason why it did not match, e.g. the nearest candidate's differences; empty when none
 */
public record Miss(String location, String fact, String reason) {
    public Miss {
        Objects.requireNonNull(location, "location is null");
        Objects.requireNonNull(fact, "fact is null");
        Objects.requireNonNull(reason, "reason is null");
    }
}
