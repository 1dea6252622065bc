package org.medinsure.warehouse.ingest.budget;

import java.util.List;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.ExecutionStatement;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.CleanText;

/** Reads the classification tables, their totals and the narrative figures of budgets and final accounts. */
public final class BudgetTableParser {

    /** Lines, totals and execution statements found, and what could not be read. */
    public record Result(List<BudgetLine> lines, List<TableTotal> totals, List<ExecutionStatement> executions,
                         List<Problem> problems) {
        public Result {
            lines = List.copyOf(lines);
            totals = List.copyOf(totals);
            executions = List.copyOf(executions);
            problems = List.copyOf(problems);
        }
    }

    public Result parse(CleanText text, DocumentType docType) {
        return new Result(List.of(), List.of(), List.of(), List.of());
    }
}
