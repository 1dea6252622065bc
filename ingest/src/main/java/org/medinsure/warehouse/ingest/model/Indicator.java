package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;

/**
 * One row of a form's indicator table, as printed. Level-1 and level-2 headings are carried down
 * over merged cells; {@code valueRaw} is the target (指标值) cell, {@code standardRaw} the
 * 绩效标准 copy where a form prints one, and the actual/score/gap fields come from
 * self-evaluations. {@code level2} is the heading without its unit annotation
 * ({@code 成本指标（万元）} → {@code 成本指标}); {@code unitHint} keeps that unit ({@code 万元}), also
 * when the merged cell prints it on a row of its own, null when the heading prints none.
 * {@code namePrinted} is the name as the file prints it when the document was folded from
 * traditional script ({@code name} is then simplified), null otherwise.
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
        String gapReason,
        String unitHint,
        String namePrinted) implements Serializable {

    /** This row under another level-2 heading and its unit. */
    public Indicator withLevel2(String heading, String unit) {
        return new Indicator(sourceLine, level1, heading, name, valueRaw, standardRaw, actualRaw, scoreRaw, gapReason,
                unit, namePrinted);
    }

    /** This row with another name (a wrapped name put back together). */
    public Indicator withName(String fullName) {
        return new Indicator(sourceLine, level1, level2, fullName, valueRaw, standardRaw, actualRaw, scoreRaw,
                gapReason, unitHint, namePrinted);
    }

    /** This fact with its line taken through {@code lines} (rendered position to file line). */
    public Indicator withSourceLine(java.util.function.IntUnaryOperator lines) {
        return new Indicator(lines.applyAsInt(sourceLine), level1, level2, name, valueRaw, standardRaw, actualRaw,
                scoreRaw, gapReason, unitHint, namePrinted);
    }

    /** This row with the name as the file prints it. */
    public Indicator withNamePrinted(String printed) {
        return new Indicator(sourceLine, level1, level2, name, valueRaw, standardRaw, actualRaw, scoreRaw, gapReason,
                unitHint, printed);
    }

    /** This row under another level-1 heading (a centred merged label printed below it). */
    public Indicator withLevel1(String heading) {
        return new Indicator(sourceLine, heading, level2, name, valueRaw, standardRaw, actualRaw, scoreRaw, gapReason,
                unitHint, namePrinted);
    }
}
