package org.medinsure.warehouse.ingest.form;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.medinsure.warehouse.ingest.layout.AlignedTextReader;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;
import org.medinsure.warehouse.ingest.layout.LayoutClassifier;
import org.medinsure.warehouse.ingest.layout.LayoutReader;
import org.medinsure.warehouse.ingest.layout.SpaceJoinedReader;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.money.MoneyUnit;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Finds every performance form in a document and reads it: locate the form's lines, let the
 * matching layout reader turn them into a grid, then read the header and the indicator table from
 * the grid by their labels; a summary table's rows are read by {@link SummaryTableInterpreter}. A
 * form that cannot be read becomes a problem row and the rest of the document is still read.
 * Project-level forms and summary rows are numbered in document order, department-wide forms
 * after them, so that a department's form never shifts the numbers of the projects.
 */
public final class ProjectFormParser {
    private final FormVocabulary vocabulary;
    private final FormLocator locator;
    private final LayoutClassifier layouts = new LayoutClassifier();
    private final HeaderInterpreter headers;
    private final IndicatorTableInterpreter tables;
    private final SummaryTableInterpreter summaries;

    /**
     * The forms found, in document order, what could not be read, and the kinds of document the
     * forms belong to (a form that reports what was done belongs to a self-evaluation).
     */
    public record Result(List<ProjectForm> forms, List<TableTotal> totals, List<Problem> problems,
                         Set<DocumentType> contentKinds) {
        public Result {
            forms = List.copyOf(forms);
            totals = List.copyOf(totals);
            problems = List.copyOf(problems);
            contentKinds = Set.copyOf(contentKinds);
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
        this.summaries = new SummaryTableInterpreter(vocabulary);
    }

    public Result parse(CleanText text) {
        Objects.requireNonNull(text, "text is null");
        List<ProjectForm> forms = new ArrayList<>();
        List<TableTotal> totals = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<DocumentType> kinds = EnumSet.noneOf(DocumentType.class);
        for (FormSpan span : locator.locate(text)) {
            Grid grid = grid(text, span, span.kind() != FormKind.SUMMARY);
            int next = (int) forms.stream().filter(ProjectForm::isProjectLevel).count() + 1;
            List<ProjectForm> read = span.kind() == FormKind.SUMMARY
                    ? summaries.read(text, span, grid, next, problems, totals)
                    : readForm(text, span, grid, next, problems).stream().toList();
            forms.addAll(read);
            read.forEach(form -> kinds.add(documentKind(span, form)));
        }
        return new Result(numbered(forms), totals, problems, kinds);
    }

    /** A form reporting what was done, or titled a self-evaluation, belongs to a self-evaluation. */
    private static DocumentType documentKind(FormSpan span, ProjectForm form) {
        boolean evaluated = form.formKind() == FormKind.SELF_EVALUATION || form.executedYuan() != null
                || span.title() != null && span.title().contains("自评")
                || form.indicators().stream().anyMatch(indicator -> indicator.actualRaw() != null);
        return evaluated ? DocumentType.SELF_EVALUATION : DocumentType.DECLARATION;
    }

    /** Project-level forms keep the numbers they were read with; department-wide forms follow them. */
    private static List<ProjectForm> numbered(List<ProjectForm> forms) {
        List<ProjectForm> numbered = new ArrayList<>(forms.stream().filter(ProjectForm::isProjectLevel).toList());
        for (ProjectForm form : forms) {
            if (!form.isProjectLevel()) {
                numbered.add(form.withFormIndex(numbered.size() + 1));
            }
        }
        return numbered;
    }

    /** The span's grid; {@code joinWrapped} puts the wrapped cells of single-space rows back (indicator tables). */
    private Grid grid(CleanText text, FormSpan span, boolean joinWrapped) {
        List<SourceLine> lines = text.lines().subList(span.startLine() - 1, span.endLine() - 1);
        LayoutReader reader = layouts.readerFor(lines, compact -> vocabulary.column(compact).isPresent());
        boolean aligned = reader instanceof AlignedTextReader;
        boolean spaceJoined = reader instanceof SpaceJoinedReader;
        if (aligned || spaceJoined && joinWrapped) {
            // the header fields (项目名称：…, one per line) and the indicator table are laid out apart:
            // two blocks, so that neither's columns or wrapped cells take in the other's lines
            for (int i = 1; i < lines.size(); i++) {
                if (vocabulary.holdsNameHeader(vocabulary.compact(lines.get(i).text()))) {
                    List<GridRow> rows = new ArrayList<>(reader.read(lines.subList(0, i)).rows());
                    Grid table = reader.read(lines.subList(i, lines.size()));
                    table = spaceJoined ? SpacedRows.assemble(table) : table;
                    rows.addAll(table.rows());
                    return table.withRows(rows);
                }
            }
        }
        Grid grid = reader.read(lines);
        if (joinWrapped && spaceJoined) {
            grid = SpacedRows.assemble(grid); // cells joined by single spaces: put wrapped cells back together
        }
        return grid;
    }

    private Optional<ProjectForm> readForm(CleanText text, FormSpan span, Grid grid, int formIndex,
                                           List<Problem> problems) {
        FormHeader header = headers.read(grid, span.title());
        IndicatorTableInterpreter.Table table = tables.read(grid);
        String where = text.at(span.startLine());
        FormKind kind = kind(span, header, table);
        String name = kind == FormKind.DEPARTMENT ? departmentName(header) : header.projectName();
        if (name == null && !table.found()) {
            problems.add(Problem.error(span.startLine(), "form_unreadable",
                    where + ": title '" + span.title() + "' is followed by neither a project name nor an indicator table"));
            return Optional.empty();
        }
        if (name == null) {
            problems.add(Problem.error(span.startLine(), "project_name_missing", where + ": no project name label found"));
        }
        if (header.budgetYuan() == null) {
            problems.add(Problem.error(span.startLine(), "amount_unreadable",
                    where + ": project '" + name + "': amount " + (header.amountRaw() == null
                            ? "not found" : "'" + header.amountRaw() + "' is not a number")));
        } else if (header.amountUnitAssumed()) {
            problems.add(Problem.warning(span.startLine(), "amount_unit_assumed",
                    where + ": amount '" + header.amountRaw() + "' prints no unit; 万元 assumed"));
        }
        if (!table.found()) {
            problems.add(Problem.error(span.startLine(), "indicator_table_missing",
                    where + ": project '" + name + "': no indicator column header (三级指标 / 指标内容) found"));
        } else if (table.indicators().isEmpty()) {
            problems.add(Problem.error(table.headerLine(), "indicator_table_empty",
                    text.at(table.headerLine()) + ": indicator table of '" + name + "' has no row with a target value"));
        }
        cutRow(text, grid, table).ifPresent(row -> problems.add(Problem.error(row.line(), "truncated",
                text.at(row.line()) + ": the document ends inside the indicator table of '" + name + "': its last row '"
                        + row.joinedText() + "' is cut off before its target value; the rows above it are read, the"
                        + " rest of the form is missing")));
        ProjectForm form = new ProjectForm(formIndex, span.startLine(), kind, name, header.department(),
                header.implementingUnit(), header.period(), header.amountRaw(), header.budgetYuan(),
                header.priorYearYuan(), header.executedYuan(), header.executionRatePct(), header.basisText(),
                table.indicators(), header.declaredUnit() == null ? null : header.declaredUnit().printed(), null);
        // a bare cost figure is in the form's 单位, or else in the unit the form gave its own amount
        MoneyUnit costUnit = header.formUnit() != null ? header.formUnit() : header.amountUnit();
        CostReconciler.check(text, form, vocabulary.money(), costUnit).ifPresent(problems::add);
        return Optional.of(form);
    }

    /**
     * The row a truncated document stops in: the last row of the text, inside the indicator table,
     * naming an indicator level (or holding several cells) but giving no target value, so that
     * nothing was read from it. A table that ends in a complete row, or in a closing line (总分,
     * 填报人 …), was not cut.
     */
    private Optional<GridRow> cutRow(CleanText text, Grid grid, IndicatorTableInterpreter.Table table) {
        if (!table.found() || grid.rows().isEmpty()) {
            return Optional.empty();
        }
        GridRow last = grid.rows().get(grid.rows().size() - 1);
        int lastLine = text.lastNonBlankLine(text.size());
        if (last.line() <= table.headerLine() || last.lastLine() < lastLine || last.prose()) {
            return Optional.empty();
        }
        boolean read = table.indicators().stream().anyMatch(indicator -> indicator.sourceLine() >= last.line());
        List<String> cells = last.filledCells().stream().map(cell -> vocabulary.compact(cell.text())).toList();
        boolean closing = cells.stream().anyMatch(cell -> vocabulary.isIgnored(cell) || vocabulary.isTableEnd(cell)
                || vocabulary.startsWithPrivateLabel(cell) || vocabulary.isLabel(cell));
        boolean indicatorRow = cells.size() >= 2 || cells.stream()
                .anyMatch(cell -> vocabulary.isLevel1(cell) || vocabulary.level2Parents(cell).isPresent());
        return !read && !closing && indicatorRow ? Optional.of(last) : Optional.empty();
    }

    /**
     * The kind the title announces; a form without a title of its own that reports what was done
     * (全年执行数, 实际完成值) is a self-evaluation.
     */
    private static FormKind kind(FormSpan span, FormHeader header, IndicatorTableInterpreter.Table table) {
        if (span.kind() == FormKind.DECLARATION && span.title() == null
                && (header.executedYuan() != null || table.columns().contains(ColumnRole.ACTUAL))) {
            return FormKind.SELF_EVALUATION;
        }
        return span.kind();
    }

    /** A department-wide form is named by the department it is about. */
    private static String departmentName(FormHeader header) {
        for (String name : new String[] {header.departmentName(), header.implementingUnit(), header.department(),
                header.projectName()}) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }
}
