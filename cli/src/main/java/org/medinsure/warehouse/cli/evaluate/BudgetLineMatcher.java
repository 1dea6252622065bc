package org.medinsure.warehouse.cli.evaluate;

import java.util.List;
import java.util.Optional;

/**
 * Classification lines of budget and final-accounts tables. Key: (file, table title, code), the
 * code being {@code function_code} (类+款+项 joined). Where the gold has no code (the rows of
 * 财政拨款收入支出决算总表, 公开04表, print none) the line is keyed by its name without whitespace
 * instead, and a warehouse line without a code is keyed the same way. Table titles and names are
 * compared without whitespace, as printed otherwise (including full- and half-width brackets).
 *
 * <p>Compared: the name (a code paired with another row's name is a misread row), the total
 * ({@code total_wan} against {@code total_yuan}) and, where the gold carries them, the 基本支出 and
 * 项目支出 subtotals; a gold {@code null} subtotal (an empty cell) requires NULL, not 0. Money is
 * compared to the fen. The gold's extra splits ({@code fiscal_wan}, {@code other_wan},
 * {@code general_public_wan}, {@code gov_fund_wan}) have no silver column yet and are not compared.
 *
 * <p>Scope: the (file, table) pairs with gold lines, because the gold labels lines table by table.
 */
public final class BudgetLineMatcher implements Matcher<WarehouseFacts.BudgetLine> {
    @Override
    public String name() {
        return RecordKind.BUDGET_LINE.code();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.BUDGET_LINE;
    }

    @Override
    public List<WarehouseFacts.BudgetLine> facts(WarehouseFacts warehouse) {
        return warehouse.budgetLines();
    }

    @Override
    public Optional<List<String>> scope(GoldRecord gold) {
        return gold.kind() == RecordKind.BUDGET_LINE
                ? Optional.of(Keys.of(gold.file(), Differences.squeeze(gold.requiredText("table")))) : Optional.empty();
    }

    @Override
    public List<String> scope(WarehouseFacts.BudgetLine fact) {
        return Keys.of(fact.file(), Differences.squeeze(fact.tableName()));
    }

    /**
     * Lines of the gold's tables; where a document record says only the first rows of its function
     * table are labelled ({@code function_table_rows_labelled} of {@code function_table_rows}, as the
     * real-PDF gold labels the first 40 of a long table), only that many lines of the table, in
     * printed order.
     */
    @Override
    public List<WarehouseFacts.BudgetLine> inScope(java.util.Set<List<String>> goldScopes,
                                                   List<WarehouseFacts.BudgetLine> facts, GoldFile gold) {
        java.util.Map<List<String>, Integer> firstRows = new java.util.HashMap<>();
        for (GoldRecord document : gold.records(RecordKind.DOCUMENT)) {
            Integer rows = document.integer("function_table_rows");
            Integer labelled = document.integer("function_table_rows_labelled");
            if (document.hasValue("function_table") && rows != null && labelled != null && labelled < rows) {
                firstRows.put(Keys.of(document.file(), Differences.squeeze(document.text("function_table"))), labelled);
            }
        }
        java.util.Map<List<String>, Integer> seen = new java.util.HashMap<>();
        return facts.stream().filter(fact -> goldScopes.contains(scope(fact)))
                .sorted(java.util.Comparator.comparingLong(WarehouseFacts.BudgetLine::sourceLine))
                .filter(fact -> {
                    Integer limit = firstRows.get(scope(fact));
                    return limit == null || seen.merge(scope(fact), 1, Integer::sum) <= limit;
                }).toList();
    }

    @Override
    public List<String> key(GoldRecord gold) {
        return key(gold.file(), gold.requiredText("table"), gold.text("code"), gold.requiredText("name"));
    }

    @Override
    public List<String> key(WarehouseFacts.BudgetLine fact) {
        return key(fact.file(), fact.tableName(), fact.functionCode(), fact.functionName());
    }

    private static List<String> key(String file, String table, String code, String name) {
        String line = code == null || code.isBlank() ? "name " + Differences.squeeze(name) : "code " + code.strip();
        return Keys.of(file, Differences.squeeze(table), line);
    }

    @Override
    public List<String> differences(GoldRecord gold, WarehouseFacts.BudgetLine fact) {
        return new Differences(gold)
                .squeezedText("name", "name", fact.functionName())
                .wanAsYuan("total_wan", "total", fact.totalYuan())
                .wanAsYuan("basic_wan", "basic", fact.basicYuan())
                .wanAsYuan("project_wan", "project", fact.projectYuan())
                .list();
    }

    @Override
    public String describe(GoldRecord gold) {
        return gold.file() + " " + gold.text("table") + " " + gold.text("code") + " " + gold.text("name") + " total "
                + gold.decimal("total_wan") + " basic " + gold.decimal("basic_wan") + " project "
                + gold.decimal("project_wan") + " 万元";
    }

    @Override
    public String describe(WarehouseFacts.BudgetLine fact) {
        return fact.file() + " " + fact.tableName() + " " + fact.functionCode() + " " + fact.functionName()
                + " total " + Differences.plain(fact.totalYuan()) + " basic " + Differences.plain(fact.basicYuan())
                + " project " + Differences.plain(fact.projectYuan()) + " 元";
    }
}
