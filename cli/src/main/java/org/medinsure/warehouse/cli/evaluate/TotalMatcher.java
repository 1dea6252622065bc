package org.medinsure.warehouse.cli.evaluate;

import java.util.List;
import java.util.Optional;

/**
 * Total rows of budget and final-accounts tables (合计, 总计, 本年收入合计 …), one per amount
 * column. Key: (file, table title, row label), both without whitespace.
 *
 * <p>Compared: the column ({@code column_name}) where the gold names one, which it does for every
 * row with several amounts but not for single-amount rows, whose column header is a matter of
 * layout (a header stacked over two rows matches its lower level alone); the side (收入/支出) where the gold
 * and the warehouse both give one, because a two-sided table prints 总计 on both sides (a gold that
 * names the side of a one-sided table's total, as the real-PDF gold does, states what its title
 * says); and the amount to the fen. Candidates that share a key (the columns of one row)
 * are told apart by these comparisons. The gold's {@code group} (the block a 小计 closes) has no
 * silver column and is not compared: the amounts tell the two 小计 of 001 apart.
 *
 * <p>Scope: the files with gold totals, because the gold labels the totals of every table of a
 * file it labels.
 */
public final class TotalMatcher implements Matcher<WarehouseFacts.Total> {
    @Override
    public String name() {
        return RecordKind.TOTAL.code();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.TOTAL;
    }

    @Override
    public List<WarehouseFacts.Total> facts(WarehouseFacts warehouse) {
        return warehouse.totals();
    }

    @Override
    public Optional<List<String>> scope(GoldRecord gold) {
        return gold.kind() == RecordKind.TOTAL ? Optional.of(Keys.of(gold.file())) : Optional.empty();
    }

    @Override
    public List<String> scope(WarehouseFacts.Total fact) {
        return Keys.of(fact.file());
    }

    @Override
    public List<String> key(GoldRecord gold) {
        return Keys.of(gold.file(), Differences.squeeze(gold.requiredText("table")),
                Differences.squeeze(gold.requiredText("label")));
    }

    @Override
    public List<String> key(WarehouseFacts.Total fact) {
        return Keys.of(fact.file(), Differences.squeeze(fact.tableName()), Differences.squeeze(fact.label()));
    }

    @Override
    public List<String> differences(GoldRecord gold, WarehouseFacts.Total fact) {
        return new Differences(gold)
                .columnPath("column", "column", fact.columnName())
                .textWhereBothState("side", "side", fact.side())
                .wanAsYuan("wan", "amount", fact.amountYuan())
                .list();
    }

    @Override
    public String describe(GoldRecord gold) {
        return gold.file() + " " + gold.text("table") + " " + gold.text("label")
                + (gold.hasValue("side") ? " (" + gold.text("side") + ")" : "")
                + (gold.hasValue("column") ? " [" + gold.text("column") + "]" : "") + " " + gold.decimal("wan") + " 万元";
    }

    @Override
    public String describe(WarehouseFacts.Total fact) {
        return fact.file() + " " + fact.tableName() + " " + fact.label()
                + (fact.side() == null ? "" : " (" + fact.side() + ")")
                + (fact.columnName() == null ? "" : " [" + fact.columnName() + "]") + " "
                + Differences.plain(fact.amountYuan()) + " 元";
    }
}
