package org.medinsure.warehouse.ingest.budget;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.ExecutionStatement;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.CleanText;

/**
 * Reads the classification tables, their totals and the narrative figures of budgets and final
 * accounts. Steps: locate tables by title ({@link TableLocator}); per table, a layout reader makes
 * rows and {@link TableInterpreter} reads them by header labels; then the narrative outside the
 * tables gives execution statements ({@link NarrativeReader}). A table that fails costs only its
 * own facts: the failure is a problem row and the other tables are still read.
 */
public final class BudgetTableParser {

    /**
     * Lines, totals and execution statements found, what could not be read, and the kinds of
     * document the tables read belong to (budget, final accounts, allocation).
     */
    public record Result(List<BudgetLine> lines, List<TableTotal> totals, List<ExecutionStatement> executions,
                         List<Problem> problems, Set<DocumentType> contentKinds) {
        public Result {
            lines = List.copyOf(lines);
            totals = List.copyOf(totals);
            executions = List.copyOf(executions);
            problems = List.copyOf(problems);
            contentKinds = Set.copyOf(contentKinds);
        }
    }

    private final BudgetVocabulary vocabulary;

    public BudgetTableParser() {
        this(BudgetVocabulary.standard());
    }

    public BudgetTableParser(BudgetVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    }

    public Result parse(CleanText text, DocumentType docType) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(docType, "docType is null");
        List<BudgetLine> lines = new ArrayList<>();
        List<TableTotal> totals = new ArrayList<>();
        List<PairFigure> pairs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        TableLocator.Located located = new TableLocator(vocabulary).locate(text);
        Narrative narrative = Narrative.of(text, located.inTable());
        TableInterpreter interpreter = new TableInterpreter(vocabulary);
        SplitMemory memory = new SplitMemory();
        Set<DocumentType> kinds = EnumSet.noneOf(DocumentType.class);
        for (TableBlock block : located.blocks()) {
            String stage = stage(docType, block.title());
            TableInterpreter.Facts facts = interpreter.interpret(block, text.sourcePath(), stage, narrative.text(),
                    memory, problems);
            lines.addAll(facts.lines());
            totals.addAll(facts.totals());
            pairs.addAll(facts.pairs());
            if (!facts.lines().isEmpty() || !facts.totals().isEmpty()) {
                kinds.add(stage.equals("final") ? DocumentType.FINAL_ACCOUNTS : DocumentType.BUDGET);
            }
        }
        List<ExecutionStatement> executions = new NarrativeReader(vocabulary).read(narrative, lines, pairs);
        AllocationTableReader.Result allocations = new AllocationTableReader(vocabulary).read(text, problems);
        lines.addAll(allocations.lines());
        totals.addAll(allocations.totals());
        if (!allocations.lines().isEmpty()) {
            kinds.add(DocumentType.ALLOCATION);
        }
        return new Result(lines, totals, executions, problems, kinds);
    }

    /** Final accounts are 决算; a document of unknown type is judged by the table's own title. */
    private static String stage(DocumentType docType, String title) {
        return switch (docType) {
            case FINAL_ACCOUNTS -> "final";
            case BUDGET -> "budget";
            case DECLARATION, SELF_EVALUATION, ALLOCATION, MIXED, UNKNOWN -> title.contains("决算") ? "final" : "budget";
        };
    }
}
