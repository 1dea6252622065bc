package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * One performance form (a project's declaration or self-evaluation, a department-wide form) or one
 * project row of a summary table, with its header fields and indicator rows. Money is in yuan;
 * {@code amountRaw} keeps the amount cell as printed, with its unit.
 *
 * @param formIndex 1-based position of the form among its document's project-level forms and
 *     summary rows; department-wide forms are numbered after them
 * @param executionRatePct the execution rate as printed (全年执行数 / 全年预算数), percent points; null
 *     where none is printed
 * @param projectNamePrinted the name as the file prints it when the document was folded from
 *     traditional script ({@code projectName} is then simplified), null otherwise
 * @param declaredUnit the money unit the form declares for its amounts ({@code 单位：万元}, or the
 *     {@code （万元）} of the amount label): {@code 万元}, {@code 元} or {@code 亿元}; null when it declares none
 */
public record ProjectForm(
        int formIndex,
        int sourceLine,
        FormKind formKind,
        String projectName,
        String department,
        String implementingUnit,
        String period,
        String amountRaw,
        BigDecimal budgetYuan,
        BigDecimal priorYearYuan,
        BigDecimal executedYuan,
        Double executionRatePct,
        String basisText,
        List<Indicator> indicators,
        String declaredUnit,
        String projectNamePrinted) implements Serializable {
    public ProjectForm {
        Objects.requireNonNull(formKind, "formKind is null");
        indicators = List.copyOf(indicators);
    }

    /** This form and its rows with their lines taken through {@code lines}. */
    public ProjectForm withSourceLine(IntUnaryOperator lines) {
        return new ProjectForm(formIndex, lines.applyAsInt(sourceLine), formKind, projectName, department,
                implementingUnit, period, amountRaw, budgetYuan, priorYearYuan, executedYuan, executionRatePct,
                basisText, indicators.stream().map(indicator -> indicator.withSourceLine(lines)).toList(), declaredUnit,
                projectNamePrinted);
    }

    /** This form at another position of its document. */
    public ProjectForm withFormIndex(int index) {
        return new ProjectForm(index, sourceLine, formKind, projectName, department, implementingUnit, period,
                amountRaw, budgetYuan, priorYearYuan, executedYuan, executionRatePct, basisText, indicators,
                declaredUnit, projectNamePrinted);
    }

    /** This form with other indicator rows (the rows kept when a cut row is dropped). */
    public ProjectForm withIndicators(List<Indicator> rows) {
        return new ProjectForm(formIndex, sourceLine, formKind, projectName, department, implementingUnit, period,
                amountRaw, budgetYuan, priorYearYuan, executedYuan, executionRatePct, basisText, rows,
                declaredUnit, projectNamePrinted);
    }

    /** This form with its name and its rows' names as the file prints them. */
    public ProjectForm withPrinted(String namePrinted, List<Indicator> printedRows) {
        return new ProjectForm(formIndex, sourceLine, formKind, projectName, department, implementingUnit, period,
                amountRaw, budgetYuan, priorYearYuan, executedYuan, executionRatePct, basisText, printedRows,
                declaredUnit, namePrinted);
    }

    /** Whether the form is about one project (not a department as a whole). */
    public boolean isProjectLevel() {
        return formKind != FormKind.DEPARTMENT;
    }
}
