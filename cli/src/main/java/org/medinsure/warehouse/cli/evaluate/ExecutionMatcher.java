package org.medinsure.warehouse.cli.evaluate;

import java.util.List;
import java.util.Optional;

/**
 * Budget-against-final statements (年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%, and the
 * column pairs of the 三公 table). Key: (file, item without whitespace); the item is the printed
 * label, which long classification labels wrap across lines.
 *
 * <p>Compared: budget and final amounts to the fen, and the rate where the gold gives one; a gold
 * {@code rate_pct: null} (a table-only item, no rate printed) requires NULL, since a computed
 * rate is not a stated one. The gold's {@code code} and {@code source} are not compared.
 *
 * <p>Scope: the files with gold execution records.
 */
public final class ExecutionMatcher implements Matcher<WarehouseFacts.Execution> {
    @Override
    public String name() {
        return RecordKind.EXECUTION.code();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.EXECUTION;
    }

    @Override
    public List<WarehouseFacts.Execution> facts(WarehouseFacts warehouse) {
        return warehouse.executions();
    }

    @Override
    public Optional<List<String>> scope(GoldRecord gold) {
        return gold.kind() == RecordKind.EXECUTION ? Optional.of(Keys.of(gold.file())) : Optional.empty();
    }

    @Override
    public List<String> scope(WarehouseFacts.Execution fact) {
        return Keys.of(fact.file());
    }

    @Override
    public List<String> key(GoldRecord gold) {
        return Keys.of(gold.file(), Differences.squeeze(gold.requiredText("item")));
    }

    @Override
    public List<String> key(WarehouseFacts.Execution fact) {
        return Keys.of(fact.file(), Differences.squeeze(fact.item()));
    }

    @Override
    public List<String> differences(GoldRecord gold, WarehouseFacts.Execution fact) {
        return new Differences(gold)
                .wanAsYuan("budget_wan", "budget", fact.budgetYuan())
                .wanAsYuan("final_wan", "final", fact.finalYuan())
                .number("rate_pct", "rate", fact.ratePct())
                .list();
    }

    @Override
    public String describe(GoldRecord gold) {
        return gold.file() + " " + gold.text("item") + " budget " + gold.decimal("budget_wan") + " final "
                + gold.decimal("final_wan") + " 万元, rate " + gold.decimal("rate_pct") + "%";
    }

    @Override
    public String describe(WarehouseFacts.Execution fact) {
        return fact.file() + " " + fact.item() + " budget " + Differences.plain(fact.budgetYuan()) + " final "
                + Differences.plain(fact.finalYuan()) + " 元, rate " + fact.ratePct() + "%";
    }
}
