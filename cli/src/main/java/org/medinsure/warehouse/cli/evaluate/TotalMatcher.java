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
 * <p>Scope: the cells the gold labels, a total row's label in a table (and its column where the
 * gold names one). A gold file may label every total of its tables (the seeds) or only each
 * table's grand total (the real PDFs: "one per table that prints a grand total"); the other
 * totals a table prints (年初结转和结余, the 基本支出 column of the 合计 row) are then facts the gold
 * says nothing about. A labelled cell read wrongly still counts against precision, and a labelled
 * cell not read against recall.
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
        if (gold.kind() != RecordKind.TOTAL) {
            return Optional.empty();
        }
        List<String> row = key(gold);
        return Optional.of(gold.hasValue("column") ? withColumn(row, gold.text("column")) : row);
    }

    @Override
    public List<String> scope(WarehouseFacts.Total fact) {
        return key(fact);
    }

    /** In scope when the gold labels the fact's row, or the fact's row and column. */
    @Override
    public List<WarehouseFacts.Total> inScope(java.util.Set<List<String>> goldScopes, List<WarehouseFacts.Total> facts,
                                              GoldFile gold) {
        return facts.stream().filter(fact -> goldScopes.contains(key(fact)) || fact.columnName() != null
                && goldScopes.contains(withColumn(key(fact), fact.columnName()))).toList();
    }

    /** The row key with a column's lowest header level (a stacked header matches its lower level alone). */
    private static List<String> withColumn(List<String> row, String column) {
        String squeezed = Differences.squeeze(column);
        List<String> scoped = new java.util.ArrayList<>(row);
        scoped.add(squeezed.substring(squeezed.lastIndexOf('-') + 1));
        return List.copyOf(scoped);
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
