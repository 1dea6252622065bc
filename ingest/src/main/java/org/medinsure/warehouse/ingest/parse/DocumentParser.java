package org.medinsure.warehouse.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medinsure.warehouse.ingest.budget.BudgetTableParser;
import org.medinsure.warehouse.ingest.budget.StatedTotalReader;
import org.medinsure.warehouse.ingest.classify.DocumentClassifier;
import org.medinsure.warehouse.ingest.form.ProjectFormParser;
import org.medinsure.warehouse.ingest.model.DocumentProfile;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.StatedTotal;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Reads one document: decode, clean, classify, then let each interpreter find its forms and
 * tables. An interpreter that fails on a document costs only its own facts: the failure becomes a
 * problem row and the rest of the document is still loaded.
 */
public final class DocumentParser {
    private final ProjectFormParser formParser = new ProjectFormParser();
    private final BudgetTableParser budgetParser = new BudgetTableParser();
    private final StatedTotalReader statedTotalReader = new StatedTotalReader();

    /** Reads plain text: cleaned line by line, positions kept. */
    public ParsedDocument parse(String sourcePath, String decodedText) {
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(decodedText, "decodedText is null");
        return parse(TextCleaner.clean(sourcePath, decodedText));
    }

    /** Reads a document's cleaned (or rendered) lines; line numbers in the result are positions in them. */
    public ParsedDocument parse(CleanText text) {
        Objects.requireNonNull(text, "text is null");
        String sourcePath = text.sourcePath();
        DocumentProfile profile = DocumentClassifier.classify(text);
        List<Problem> problems = new ArrayList<>();
        if (profile.docType() == DocumentType.UNKNOWN) {
            problems.add(Problem.warning(0, "unknown_document_type",
                    sourcePath + ": no budget, final-accounts or performance-form vocabulary found"));
        }

        ProjectFormParser.Result forms = new ProjectFormParser.Result(List.of(), List.of());
        try {
            forms = formParser.parse(text);
            problems.addAll(forms.problems());
        } catch (RuntimeException e) {
            problems.add(Problem.error(0, "form_parser_failed", sourcePath + ": " + e));
        }
        BudgetTableParser.Result tables = new BudgetTableParser.Result(List.of(), List.of(), List.of(), List.of());
        try {
            tables = budgetParser.parse(text, profile.docType());
            problems.addAll(tables.problems());
        } catch (RuntimeException e) {
            problems.add(Problem.error(0, "table_parser_failed", sourcePath + ": " + e));
        }
        List<StatedTotal> stated = List.of();
        if (profile.docType() == DocumentType.BUDGET || profile.docType() == DocumentType.FINAL_ACCOUNTS
                || profile.docType() == DocumentType.MIXED) {
            StatedTotalReader.Result statedTotals = statedTotalReader.read(text, tables.totals());
            stated = statedTotals.totals();
            problems.addAll(statedTotals.problems());
        }
        return new ParsedDocument(profile, forms.forms(), tables.lines(), tables.totals(), tables.executions(), stated,
                problems);
    }
}
