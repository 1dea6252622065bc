package org.medinsure.warehouse.ingest.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.ExecutionStatement;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.model.StatedTotal;
import org.medinsure.warehouse.ingest.model.TableTotal;

/**
 * The amounts the warehouse can store: yuan with fen in 18 digits (the contract's DECIMAL(18,2)),
 * so less than 10¹⁶ yuan either way. A figure beyond that (a typo of many zeros, a garbled cell) is
 * left out of its fact and said in a problem row naming the file, line and figure; it never stops
 * the run.
 */
public final class AmountRange {
    /** The first amount that does not fit in DECIMAL(18,2). */
    public static final BigDecimal LIMIT_YUAN = new BigDecimal("1E16");

    private AmountRange() {
    }

    /** Whether the warehouse can store this amount (null can be stored). */
    public static boolean fits(BigDecimal yuan) {
        return yuan == null || yuan.abs().compareTo(LIMIT_YUAN) < 0;
    }

    /** The amount, or null where it cannot be stored. */
    public static BigDecimal orNull(BigDecimal yuan) {
        return fits(yuan) ? yuan : null;
    }

    /** The document with every amount beyond the limit left out, and a problem for each. */
    static ParsedDocument keepInRange(String sourcePath, ParsedDocument document) {
        Objects.requireNonNull(document, "document is null");
        Checker checker = new Checker(sourcePath);
        List<ProjectForm> projects = document.projects().stream().map(form -> {
            BigDecimal budget = checker.kept(form.sourceLine(), "budget", form.budgetYuan());
            BigDecimal prior = checker.kept(form.sourceLine(), "prior year", form.priorYearYuan());
            BigDecimal executed = checker.kept(form.sourceLine(), "executed", form.executedYuan());
            return budget == form.budgetYuan() && prior == form.priorYearYuan() && executed == form.executedYuan() ? form
                    : new ProjectForm(form.formIndex(), form.sourceLine(), form.formKind(), form.projectName(),
                    form.department(), form.implementingUnit(), form.period(), form.amountRaw(), budget, prior, executed,
                    form.executionRatePct(), form.basisText(), form.indicators(), form.declaredUnit(),
                    form.projectNamePrinted());
        }).toList();
        List<BudgetLine> lines = document.budgetLines().stream().map(line -> {
            Map<String, BigDecimal> others = new LinkedHashMap<>();
            line.otherAmounts().forEach((column, yuan) -> {
                BigDecimal kept = checker.kept(line.sourceLine(), column, yuan);
                if (kept != null) {
                    others.put(column, kept);
                }
            });
            return new BudgetLine(line.sourceLine(), line.stage(), line.tableName(), line.functionCode(),
                    line.functionName(), checker.kept(line.sourceLine(), "total", line.totalYuan()),
                    checker.kept(line.sourceLine(), "basic", line.basicYuan()),
                    checker.kept(line.sourceLine(), "project", line.projectYuan()), others, line.regionName());
        }).toList();
        List<TableTotal> totals = document.totals().stream().map(total -> new TableTotal(total.sourceLine(),
                total.tableName(), total.label(), total.side(), total.column(),
                checker.kept(total.sourceLine(), total.label(), total.amountYuan()))).toList();
        List<ExecutionStatement> executions = document.executions().stream().map(statement -> new ExecutionStatement(
                statement.sourceLine(), statement.item(), statement.functionCode(),
                checker.kept(statement.sourceLine(), "budget", statement.budgetYuan()),
                checker.kept(statement.sourceLine(), "final", statement.finalYuan()), statement.ratePct(),
                statement.source())).toList();
        List<StatedTotal> stated = document.statedTotals().stream().map(total -> new StatedTotal(total.sourceLine(),
                total.label(), checker.kept(total.sourceLine(), total.label(), total.amountYuan()), total.matchesTable()))
                .toList();
        if (checker.problems.isEmpty()) {
            return document;
        }
        List<Problem> problems = new ArrayList<>(document.problems());
        problems.addAll(checker.problems);
        return new ParsedDocument(document.profile(), projects, lines, totals, executions, stated, problems);
    }

    private static final class Checker {
        private final String sourcePath;
        private final List<Problem> problems = new ArrayList<>();

        Checker(String sourcePath) {
            this.sourcePath = sourcePath;
        }

        BigDecimal kept(int line, String what, BigDecimal yuan) {
            if (fits(yuan)) {
                return yuan;
            }
            problems.add(Problem.error(line, "amount_out_of_range", sourcePath + " line " + line + ": " + what + " "
                    + yuan.toPlainString() + " yuan is beyond the 10^16 yuan an amount may reach; it is left out"));
            return null;
        }
    }
}
