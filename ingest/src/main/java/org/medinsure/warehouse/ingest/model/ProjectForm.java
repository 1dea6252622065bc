package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One project form (declaration or self-evaluation) with its header fields and indicator rows.
 * Money is in yuan; {@code amountRaw} keeps the amount cell as printed, with its unit.
 *
 * @param formIndex 1-based position of the project form in its document
 * @param formKind {@code declaration} or {@code self_evaluation}
 * @param declaredUnit the money unit the form declares for its amounts ({@code 单位：万元}, or the
 *     {@code （万元）} of the amount label): {@code 万元}, {@code 元} or {@code 亿元}; null when it declares none
 */
public record ProjectForm(
        int formIndex,
        int sourceLine,
        String formKind,
        String projectName,
        String department,
        String implementingUnit,
        String period,
        String amountRaw,
        BigDecimal budgetYuan,
        BigDecimal priorYearYuan,
        BigDecimal executedYuan,
        String basisText,
        List<Indicator> indicators,
        String declaredUnit) implements Serializable {
    public ProjectForm {
        Objects.requireNonNull(formKind, "formKind is null");
        indicators = List.copyOf(indicators);
    }

    /** This form and its rows with their lines taken through {@code lines}. */
    public ProjectForm withSourceLine(java.util.function.IntUnaryOperator lines) {
        return new ProjectForm(formIndex, lines.applyAsInt(sourceLine), formKind, projectName, department,
                implementingUnit, period, amountRaw, budgetYuan, priorYearYuan, executedYuan, basisText,
                indicators.stream().map(indicator -> indicator.withSourceLine(lines)).toList(), declaredUnit);
    }
}
