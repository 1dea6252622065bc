package org.medinsure.warehouse.generator;

import java.util.List;
import java.util.Objects;

/**
 * A project's performance form: declaration (target values) or self-evaluation (with the year's
 * budget, spending and achieved values). Amounts in 万元 as printed.
 *
 * @param beneficiaries the head-count of the persons-count indicator, null when the form has none
 * @param satisfactionComparator comparator of the satisfaction target
 * @param executedWan 全年执行数 of a self-evaluation, null in a declaration
 */
public record ProjectForm(String programme, String name, String implementingUnit, double budgetWan,
                          Long beneficiaries, String satisfactionComparator, double satisfactionPct,
                          List<Indicator> indicators, Double executedWan) {
    public ProjectForm {
        Objects.requireNonNull(programme, "programme is null");
        Objects.requireNonNull(name, "name is null");
        indicators = List.copyOf(indicators);
    }

    public boolean selfEvaluation() {
        return executedWan != null;
    }

    /** 执行率 as printed, to two decimals. */
    public double executionRatePct() {
        return Money.round2(executedWan / budgetWan * 100);
    }
}
