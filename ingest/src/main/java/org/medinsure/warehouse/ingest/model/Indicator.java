package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;

/**
 * One row of a form's indicator table, as printed. Level-1 and level-2 headings are carried down
 * over merged cells; {@code valueRaw} is the target (指标值) cell, {@code standardRaw} the
 * 绩效标准 copy where a form prints one, and the actual/score/gap fields come from
 * self-evaluations.
 */
public record Indicator(
        int sourceLine,
        String level1,
        String level2,
        String name,
        String valueRaw,
        String standardRaw,
        String actualRaw,
        String scoreRaw,
        String gapReason) implements Serializable {
}
