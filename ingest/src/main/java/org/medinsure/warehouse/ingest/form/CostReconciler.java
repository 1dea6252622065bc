package org.medinsure.warehouse.ingest.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.money.Money;
import org.medinsure.warehouse.ingest.money.MoneyUnit;
import org.medinsure.warehouse.ingest.text.CleanText;

/**
 * Checks a form against itself: the money targets of its 成本指标 rows should not add up to more
 * than the form's amount. Bounds ({@code ≤35万元}) and rates ({@code ≥1元} per person) are limits,
 * not spending, so only plain amounts are summed. A bare number takes the form's 单位 line.
 */
final class CostReconciler {
    private static final Pattern LIMIT = Pattern.compile(".*[≥≤<>%以上以下不超过].*");

    private CostReconciler() {
    }

    static Optional<Problem> check(CleanText text, ProjectForm form, Money money, MoneyUnit formUnit) {
        if (form.budgetYuan() == null) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        for (Indicator indicator : form.indicators()) {
            String value = indicator.valueRaw();
            if (indicator.level2() == null || !indicator.level2().startsWith("成本")
                    || LIMIT.matcher(value).matches()) {
                continue;
            }
            Optional<MoneyUnit> unit = money.valueUnit(value).or(() -> Optional.ofNullable(formUnit));
            Optional<BigDecimal> number = Money.number(value);
            if (unit.isEmpty() || number.isEmpty()) {
                continue;
            }
            sum = sum.add(unit.get().toYuan(number.get()));
            parts.add(indicator.name() + " " + value + " (line " + text.origins().sourceLine(indicator.sourceLine()) + ")");
        }
        if (sum.compareTo(form.budgetYuan()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(form.sourceLine(), "cost_exceeds_amount",
                text.at(form.sourceLine()) + ": form " + form.formIndex() + " (" + form.projectName()
                        + ") cost indicators sum to " + sum.toPlainString() + " yuan, more than its amount "
                        + form.amountRaw() + " = " + form.budgetYuan().toPlainString() + " yuan: " + String.join("; ", parts)));
    }
}
