package org.medinsure.warehouse.ingest.check;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.medinsure.warehouse.ingest.budget.BudgetVocabulary;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.parse.AmountRange;
import org.medinsure.warehouse.ingest.model.CheckResult;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.StatedTotal;
import org.medinsure.warehouse.ingest.model.TableTotal;

/**
 * Puts a document's budget and final-accounts figures through the reconciliations of
 * {@code vocabulary/checks.csv}, the ones a supervisor of disclosures does by hand: a parent line
 * equals the sum of its children, a table's total the sum of its 类 lines, a line's total its basic
 * plus its project expenditure, the narrative's totals a table's, and (with the totals named in
 * {@code check-rules.csv}) basic expenditure its personnel plus public funds, the 三公 total its
 * three parts, and the expenditure totals of the summary tables each other. Every check is kept, passed
 * or not; allocation rows are no classification table and are not checked.
 */
public final class DocumentChecks implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String FILE = "checks.csv";
    private static final String[] COLUMNS = {"check", "enabled", "tolerance_yuan"};

    /** Tolerance in yuan of each enabled rule. */
    private final Map<String, BigDecimal> rules;
    /** Row labels of a total (合计, 总计 …), from budget-labels.csv. */
    private final Set<String> totalLabels;

    /** Which totals the sum-of-parts and agreement checks compare. */
    private final TotalRules totalRules;

    private DocumentChecks(Map<String, BigDecimal> rules, Set<String> totalLabels, TotalRules totalRules) {
        this.rules = Map.copyOf(rules);
        this.totalLabels = Set.copyOf(totalLabels);
        this.totalRules = Objects.requireNonNull(totalRules, "totalRules is null");
    }

    public static DocumentChecks load(IngestKnowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge is null");
        Map<String, BigDecimal> rules = new LinkedHashMap<>();
        for (KnowledgeFile file : knowledge.files(FILE, COLUMNS)) {
            for (KnowledgeFile.Row row : file.rows()) {
                rules.remove(row.get("check"));
                if (row.get("enabled").equals("yes")) {
                    try {
                        rules.put(row.get("check"), new BigDecimal(row.get("tolerance_yuan")));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Cannot read the tolerance of check " + row.get("check")
                                + " at " + row.where() + ": " + row.get("tolerance_yuan"), e);
                    }
                }
            }
        }
        Set<String> totals = new HashSet<>();
        BudgetVocabulary.load(knowledge).entries("total_row").forEach(entry -> totals.add(entry.label()));
        return new DocumentChecks(rules, totals, TotalRules.load(knowledge));
    }

    /** The enabled rules, by name. */
    public Set<String> rules() {
        return rules.keySet();
    }

    public List<CheckResult> run(ParsedDocument document) {
        Objects.requireNonNull(document, "document is null");
        List<CheckResult> results = new ArrayList<>();
        Map<String, List<BudgetLine>> tables = new LinkedHashMap<>();
        for (BudgetLine line : document.budgetLines()) {
            if (!line.stage().equals("allocation") && line.functionCode() != null) {
                tables.computeIfAbsent(line.tableName(), name -> new ArrayList<>()).add(line);
            }
        }
        tables.forEach((table, lines) -> {
            if (rules.containsKey("children_sum")) {
                childrenSums(table, lines, results);
            }
            if (rules.containsKey("table_total")) {
                tableTotal(table, lines, document.totals(), results);
            }
            if (rules.containsKey("basic_plus_project")) {
                basicPlusProject(table, lines, results);
            }
        });
        if (rules.containsKey("stated_total")) {
            for (StatedTotal stated : document.statedTotals()) {
                if (stated.matchesTable() != null) {
                    results.add(new CheckResult(stated.sourceLine(), "stated_total", "narrative " + stated.label(),
                            stated.amountYuan(), nearest(stated.amountYuan(), document.totals()), stated.matchesTable()));
                }
            }
        }
        for (TotalRules.Comparison comparison : totalRules.run(document.totals(), rules::containsKey)) {
            results.add(result(comparison.line(), comparison.check(), comparison.scope(), comparison.expected(),
                    comparison.found()));
        }
        return results;
    }

    /** A 类 line against its 款 lines, a 款 line against its 项 lines, per amount column. */
    private void childrenSums(String table, List<BudgetLine> lines, List<CheckResult> results) {
        for (BudgetLine parent : lines) {
            int length = parent.functionCode().length();
            if (length != 3 && length != 5) {
                continue;
            }
            List<BudgetLine> children = lines.stream()
                    .filter(line -> line.functionCode().length() == length + 2
                            && line.functionCode().startsWith(parent.functionCode()))
                    .toList();
            if (children.isEmpty()) {
                continue;
            }
            column(table, parent, children, "total", BudgetLine::totalYuan, results);
            column(table, parent, children, "basic", BudgetLine::basicYuan, results);
            column(table, parent, children, "project", BudgetLine::projectYuan, results);
        }
    }

    private void column(String table, BudgetLine parent, List<BudgetLine> children, String column,
                        Function<BudgetLine, BigDecimal> amount, List<CheckResult> results) {
        BigDecimal printed = amount.apply(parent);
        BigDecimal sum = sum(children, amount);
        if (printed == null && sum == null) {
            return;
        }
        results.add(result(parent.sourceLine(), "children_sum",
                table + " " + parent.functionCode() + " " + parent.functionName() + " " + column, sum, printed));
    }

    /**
     * The table's total against its 类 lines: of the totals the table prints (a two-sided or
     * several-column table prints several), the one nearest the sum.
     */
    private void tableTotal(String table, List<BudgetLine> lines, List<TableTotal> totals, List<CheckResult> results) {
        List<BudgetLine> classes = lines.stream().filter(line -> line.functionCode().length() == 3).toList();
        BigDecimal sum = sum(classes, BudgetLine::totalYuan);
        TableTotal grand = null;
        for (TableTotal total : totals) {
            if (sum != null && total.tableName().equals(table) && isTotalLabel(total.label()) && total.amountYuan() != null
                    && (grand == null || total.amountYuan().subtract(sum).abs()
                            .compareTo(grand.amountYuan().subtract(sum).abs()) < 0)) {
                grand = total;
            }
        }
        if (grand == null || sum == null) {
            return;
        }
        results.add(result(grand.sourceLine(), "table_total", table + " " + grand.label() + " " + grand.column(),
                sum, grand.amountYuan()));
    }

    private void basicPlusProject(String table, List<BudgetLine> lines, List<CheckResult> results) {
        for (BudgetLine line : lines) {
            if (line.totalYuan() == null || line.basicYuan() == null && line.projectYuan() == null) {
                continue;
            }
            BigDecimal parts = zero(line.basicYuan()).add(zero(line.projectYuan()));
            results.add(result(line.sourceLine(), "basic_plus_project",
                    table + " " + line.functionCode() + " " + line.functionName(), parts, line.totalYuan()));
        }
    }

    private CheckResult result(int line, String check, String scope, BigDecimal expectedSum, BigDecimal printed) {
        // a sum of figures near the storage limit can pass it: such a check is failed, its amount unknown
        BigDecimal expected = AmountRange.orNull(expectedSum);
        BigDecimal found = AmountRange.orNull(printed);
        BigDecimal tolerance = rules.get(check);
        boolean passed = AmountRange.fits(expectedSum) && AmountRange.fits(printed) && (expected != null && found != null
                && expected.subtract(found).abs().compareTo(tolerance) <= 0
                || expected == null && found != null && found.signum() == 0
                || found == null && expected != null && expected.signum() == 0);
        return new CheckResult(line, check, scope, expected, found, passed);
    }

    private boolean isTotalLabel(String label) {
        return totalLabels.contains(BudgetVocabulary.squeeze(label));
    }

    private static BigDecimal nearest(BigDecimal amount, List<TableTotal> totals) {
        BigDecimal nearest = null;
        for (TableTotal total : totals) {
            if (total.amountYuan() != null && (nearest == null || total.amountYuan().subtract(amount).abs()
                    .compareTo(nearest.subtract(amount).abs()) < 0)) {
                nearest = total.amountYuan();
            }
        }
        return nearest;
    }

    private static BigDecimal sum(List<BudgetLine> lines, Function<BudgetLine, BigDecimal> amount) {
        BigDecimal sum = null;
        for (BudgetLine line : lines) {
            BigDecimal value = amount.apply(line);
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        return sum;
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
