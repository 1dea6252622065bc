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
}
