package org.medinsure.warehouse.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.budget.BudgetTableParser;
import org.medinsure.warehouse.ingest.budget.StatedTotalReader;
import java.util.EnumSet;
import java.util.Set;
import org.medinsure.warehouse.ingest.budget.BudgetVocabulary;
import org.medinsure.warehouse.ingest.classify.DocumentClassifier;
import org.medinsure.warehouse.ingest.form.FormVocabulary;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.money.Money;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.ChineseScript;
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
    private final DocumentClassifier classifier;
    private final ProjectFormParser formParser;
    private final BudgetTableParser budgetParser;
    private final StatedTotalReader statedTotalReader;
    /** Whether a row label is a total's (合计, 总计 …), as the budget vocabulary says. */
    private final java.util.function.Predicate<String> totalLabel;
    private final FlattenedSheets flattenedSheets;

    public DocumentParser() {
        this(IngestKnowledge.bundled());
    }

    /** A parser reading with the bundled vocabularies extended by the user's. */
    public DocumentParser(IngestKnowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge is null");
        this.classifier = DocumentClassifier.load(knowledge);
        FormVocabulary forms = FormVocabulary.load(knowledge);
        BudgetVocabulary budgets = BudgetVocabulary.load(knowledge);
        this.formParser = new ProjectFormParser(forms);
        this.budgetParser = new BudgetTableParser(budgets);
        this.flattenedSheets = new FlattenedSheets(forms, budgets);
        this.statedTotalReader = new StatedTotalReader(Money.load(knowledge));
        this.totalLabel = label -> budgets.is("total_row", BudgetVocabulary.squeeze(label));
    }

    /** Reads plain text: cleaned line by line, positions kept. */
    public ParsedDocument parse(String sourcePath, String decodedText) {
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(decodedText, "decodedText is null");
        return parse(TextCleaner.clean(sourcePath, decodedText));
    }

    /**
     * Reads a document's cleaned (or rendered) lines; line numbers in the result are positions in
     * them. The document's type is decided last, from the forms and tables that were read.
     */
    public ParsedDocument parse(CleanText printed) {
        Objects.requireNonNull(printed, "printed is null");
        CleanText folded = ChineseScript.needsFolding(printed) ? ChineseScript.fold(printed) : printed;
        Optional<FlattenedSheets.Split> split = flattenedSheets.split(folded);
        if (split.isEmpty()) {
            return AmountRange.keepInRange(printed.sourcePath(), read(folded));
        }
        // rows rebuilt from a flattened sheet are lines of their own; facts go back to the sheet's line
        int[] toInput = split.get().toInput();
        return AmountRange.keepInRange(printed.sourcePath(), read(split.get().text())
                .withSourceLines(line -> line <= 0 ? line : toInput[line - 1]).withLeadingProblems(split.get().problems()));
    }

    private ParsedDocument read(CleanText text) {
        String sourcePath = text.sourcePath();
        DocumentProfile byWords = classifier.classify(text);
        List<Problem> problems = new ArrayList<>();
        ProjectFormParser.Result forms = formParser.parse(text);
        problems.addAll(forms.problems());
        BudgetTableParser.Result tables = budgetParser.parse(text, byWords.docType());
        problems.addAll(tables.problems());

        Set<DocumentType> content = EnumSet.noneOf(DocumentType.class);
        content.addAll(forms.contentKinds());
        content.addAll(tables.contentKinds());
        DocumentType type = classifier.decide(byWords.docType(), content);
        DocumentProfile profile = new DocumentProfile(type, byWords.department(), byWords.fiscalYear(),
                byWords.regionContext(), text.folded());
        if (type == DocumentType.UNKNOWN) {
            problems.add(0, Problem.warning(0, "unknown_document_type",
                    sourcePath + ": no form or table was read and no budget, final-accounts, performance-form or "
                            + "allocation vocabulary found"));
        }
        List<StatedTotal> stated = List.of();
        if (type == DocumentType.BUDGET || type == DocumentType.FINAL_ACCOUNTS || type == DocumentType.MIXED) {
            StatedTotalReader.Result statedTotals = statedTotalReader.read(text, tables.totals());
            stated = statedTotals.totals();
            problems.addAll(statedTotals.problems());
        }
        List<ProjectForm> projects = text.folded() ? printedNames(text, forms.forms()) : forms.forms();
        List<TableTotal> totals = new ArrayList<>(tables.totals());
        totals.addAll(forms.totals());
        List<BudgetLine> lines = tables.lines();
        OptionalInt cut = CutRow.of(text, totalLabel);
        if (cut.isPresent()) {
            int line = cut.getAsInt();
            int before = lines.size() + totals.size() + projects.size();
            lines = lines.stream().filter(fact -> fact.sourceLine() != line).toList();
            totals.removeIf(fact -> fact.sourceLine() == line);
            projects = projects.stream().filter(form -> form.sourceLine() != line).map(form -> form.withIndicators(
                    form.indicators().stream().filter(row -> row.sourceLine() != line).toList())).toList();
            if (lines.size() + totals.size() + projects.size() < before) {
                problems.add(Problem.error(line, "truncated", text.at(line) + ": the document ends in the middle of"
                        + " the row '" + text.line(line).text().strip() + "', which has fewer cells than the row above;"
                        + " its figures may be cut and are not read, the rows above it are"));
            }
        }
        return new ParsedDocument(profile, projects, lines, totals, tables.executions(), stated, problems);
    }

    /** The forms of a folded document with their names as printed, for bronze. */
    private static List<ProjectForm> printedNames(CleanText text, List<ProjectForm> forms) {
        List<ProjectForm> printed = new ArrayList<>();
        for (ProjectForm form : forms) {
            List<Indicator> rows = form.indicators().stream()
                    .map(row -> row.withNamePrinted(text.printedOf(row.name(), row.sourceLine()))).toList();
            printed.add(form.withPrinted(printedName(text, form), rows));
        }
        return printed;
    }

    /** A project name is printed on the form's first lines, after its label. */
    private static String printedName(CleanText text, ProjectForm form) {
        for (int line = form.sourceLine(); line < Math.min(text.size() + 1, form.sourceLine() + 40); line++) {
            String found = text.printed().get(line - 1).printedOf(form.projectName() == null ? "" : form.projectName());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

}
