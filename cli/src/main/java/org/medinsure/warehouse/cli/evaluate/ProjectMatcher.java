package org.medinsure.warehouse.cli.evaluate;

import java.util.List;
import java.util.Optional;

/**
 * Project forms, keyed by (file, {@code form_index}): the form's position, because a document may
 * hold two forms with the same name (001 forms 2 and 3, 打击欺诈骗保工作经费).
 *
 * <p>Compared: the name with all whitespace removed (the gold joins wrapped cells and drops the
 * spaces extraction inserted; the warehouse keeps the text as printed), and the budget: gold
 * {@code budget_wan} × 10000 must equal {@code budget_yuan} to the fen, so that a misplaced digit
 * or a wrong unit is never rounded away; where the gold carries them, the executed amount
 * ({@code executed_wan}) to the fen and the printed execution rate ({@code execution_rate_pct})
 * to a hundredth of a point. Other gold fields (implementing unit, beneficiaries, satisfaction
 * target, indicator count) are not compared yet.
 *
 * <p>Scope: the files that have a gold document or project record; the gold labels every project
 * form of the documents it labels, so any other form found there is an extra. A department-wide
 * form (form_kind {@code department}) is a project record only where the gold labels one for its
 * file: the seeds' gold, for one, leaves 001's 部门整体绩效目标表 unlabelled.
 */
public final class ProjectMatcher implements Matcher<WarehouseFacts.Project> {
    private static final String DEPARTMENT = "department";

    @Override
    public String name() {
        return RecordKind.PROJECT.code();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.PROJECT;
    }

    @Override
    public List<WarehouseFacts.Project> facts(WarehouseFacts warehouse) {
        return warehouse.projects();
    }

    @Override
    public Optional<List<String>> scope(GoldRecord gold) {
        if (gold.kind() == RecordKind.PROJECT && DEPARTMENT.equals(gold.text("form_kind"))) {
            return Optional.of(Keys.of(gold.file(), DEPARTMENT));
        }
        return gold.kind() == RecordKind.DOCUMENT || gold.kind() == RecordKind.PROJECT
                ? Optional.of(Keys.of(gold.file())) : Optional.empty();
    }

    @Override
    public List<String> scope(WarehouseFacts.Project fact) {
        return DEPARTMENT.equals(fact.formKind()) ? Keys.of(fact.file(), DEPARTMENT) : Keys.of(fact.file());
    }

    @Override
    public List<String> key(GoldRecord gold) {
        return Keys.of(gold.file(), gold.requiredInteger("form_index"));
    }

    @Override
    public List<String> key(WarehouseFacts.Project fact) {
        return Keys.of(fact.file(), fact.formIndex());
    }

    @Override
    public List<String> differences(GoldRecord gold, WarehouseFacts.Project fact) {
        return new Differences(gold)
                .squeezedText("name", "name", fact.projectName())
                .wanAsYuan("budget_wan", "budget", fact.budgetYuan())
                .wanAsYuan("executed_wan", "executed", fact.executedYuan())
                .number("execution_rate_pct", "execution rate", fact.executionRatePct())
                .list();
    }

    @Override
    public String describe(GoldRecord gold) {
        return gold.file() + " form " + gold.integer("form_index") + " " + gold.text("name") + ", "
                + gold.decimal("budget_wan") + " 万元";
    }

    @Override
    public String describe(WarehouseFacts.Project fact) {
        return fact.file() + " form " + fact.formIndex() + " " + fact.projectName() + ", "
                + (fact.budgetYuan() == null ? "no budget" : fact.budgetYuan().toPlainString() + " 元");
    }
}
