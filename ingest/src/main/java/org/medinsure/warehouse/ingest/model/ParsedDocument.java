package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** Everything read from one document: its profile, its facts and what went wrong. */
public record ParsedDocument(
        DocumentProfile profile,
        List<ProjectForm> projects,
        List<BudgetLine> budgetLines,
        List<TableTotal> totals,
        List<ExecutionStatement> executions,
        List<StatedTotal> statedTotals,
        List<Problem> problems) implements Serializable {
    public ParsedDocument {
        Objects.requireNonNull(profile, "profile is null");
        projects = List.copyOf(projects);
        budgetLines = List.copyOf(budgetLines);
        totals = List.copyOf(totals);
        executions = List.copyOf(executions);
        statedTotals = List.copyOf(statedTotals);
        problems = List.copyOf(problems);
    }

    /** Every fact's line taken through {@code lines}: rendered positions to the file's lines. */
    public ParsedDocument withSourceLines(java.util.function.IntUnaryOperator lines) {
        return new ParsedDocument(profile, projects.stream().map(fact -> fact.withSourceLine(lines)).toList(),
                budgetLines.stream().map(fact -> fact.withSourceLine(lines)).toList(),
                totals.stream().map(fact -> fact.withSourceLine(lines)).toList(),
                executions.stream().map(fact -> fact.withSourceLine(lines)).toList(),
                statedTotals.stream().map(fact -> fact.withSourceLine(lines)).toList(),
                problems.stream().map(fact -> fact.withSourceLine(lines)).toList());
    }

    /** This document with problems found before parsing (decoding) listed ahead of its own. */
    public ParsedDocument withLeadingProblems(List<Problem> leading) {
        List<Problem> all = new java.util.ArrayList<>(leading);
        all.addAll(problems);
        return new ParsedDocument(profile, projects, budgetLines, totals, executions, statedTotals, all);
    }
}
