package org.medinsure.warehouse.ingest.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.LayoutClassifier;
import org.medinsure.warehouse.ingest.layout.SpaceJoinedReader;
import org.medinsure.warehouse.ingest.layout.LayoutReader;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Finds every project form (declaration or self-evaluation) in a document and reads it: locate the
 * form's lines, let the matching layout reader turn them into a grid, then read the header and the
 * indicator table from the grid by their labels. A form that cannot be read becomes a problem row
 * and the rest of the document is still read.
 */
public final class ProjectFormParser {
    private final FormVocabulary vocabulary;
    private final FormLocator locator;
    private final LayoutClassifier layouts = new LayoutClassifier();
    private final HeaderInterpreter headers;
    private final IndicatorTableInterpreter tables;

    /** The forms found, in document order, and what could not be read. */
    public record Result(List<ProjectForm> forms, List<Problem> problems) {
        public Result {
            forms = List.copyOf(forms);
            problems = List.copyOf(problems);
        }
    }

    public ProjectFormParser() {
        this(FormVocabulary.standard());
    }

    public ProjectFormParser(FormVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
        this.locator = new FormLocator(vocabulary);
        this.headers = new HeaderInterpreter(vocabulary);
        this.tables = new IndicatorTableInterpreter(vocabulary);
    }

    public Result parse(CleanText text) {
        Objects.requireNonNull(text, "text is null");
        List<ProjectForm> forms = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (FormSpan span : locator.locate(text)) {
            try {
                readForm(text, span, forms.size() + 1, problems).ifPresent(forms::add);
            } catch (RuntimeException e) {
                // one unreadable form must not cost the others
                problems.add(Problem.error(span.startLine(), "form_unreadable",
                        text.sourcePath() + ": line " + span.startLine() + ": cannot read form: " + e));
            }
        }
        return new Result(forms, problems);
    }

    private java.util.Optional<ProjectForm> readForm(CleanText text, FormSpan span, int formIndex, List<Problem> problems) {
        List<SourceLine> lines = text.lines().subList(span.startLine() - 1, span.endLine() - 1);
        LayoutReader reader = layouts.readerFor(lines, compact -> vocabulary.column(compact).isPresent());
        Grid grid = reader.read(lines);
        if (grid.layout().equals(SpaceJoinedReader.NAME)) {
            grid = SpacedRows.assemble(grid); // cells joined by single spaces: put wrapped cells back together
        }
        FormHeader header = headers.read(grid, span.title());
        IndicatorTableInterpreter.Table table = tables.read(grid);
        String where = text.sourcePath() + ": line " + span.startLine();
        if (header.projectName() == null && !table.found()) {
            problems.add(Problem.error(span.startLine(), "form_unreadable",
                    where + ": title '" + span.title() + "' is followed by neither a project name nor an indicator table"));
            return java.util.Optional.empty();
        }
        if (header.projectName() == null) {
            problems.add(Problem.error(span.startLine(), "project_name_missing", where + ": no project name label found"));
        }
        if (header.budgetYuan() == null) {
            problems.add(Problem.error(span.startLine(), "amount_unreadable",
                    where + ": project '" + header.projectName() + "': amount " + (header.amountRaw() == null
                            ? "not found" : "'" + header.amountRaw() + "' is not a number")));
        } else if (header.amountUnitAssumed()) {
            problems.add(Problem.warning(span.startLine(), "amount_unit_assumed",
                    where + ": amount '" + header.amountRaw() + "' prints no unit; 万元 assumed"));
        }
        if (!table.found()) {
            problems.add(Problem.error(span.startLine(), "indicator_table_missing",
                    where + ": project '" + header.projectName() + "': no indicator column header (三级指标 / 指标内容) found"));
        } else if (table.indicators().isEmpty()) {
            problems.add(Problem.error(table.headerLine(), "indicator_table_empty",
                    text.sourcePath() + ": line " + table.headerLine() + ": indicator table of '" + header.projectName()
                            + "' has no row with a target value"));
        }
        String kind = span.title() != null && span.title().contains("自评") ? "self_evaluation" : "declaration";
        ProjectForm form = new ProjectForm(formIndex, span.startLine(), kind, header.projectName(), header.department(),
                header.implementingUnit(), header.period(), header.amountRaw(), header.budgetYuan(),
                header.priorYearYuan(), header.executedYuan(), header.basisText(), table.indicators(),
                header.declaredUnit() == null ? null : header.declaredUnit().printed());
        // a bare cost figure is in the form's 单位, or else in the unit the form gave its own amount
        Money.Unit costUnit = header.formUnit() != null ? header.formUnit() : header.amountUnit();
        CostReconciler.check(text.sourcePath(), form, costUnit).ifPresent(problems::add);
        return java.util.Optional.of(form);
    }
}
