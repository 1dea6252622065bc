package org.medinsure.warehouse.ingest.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.medinsure.warehouse.ingest.check.DocumentChecks;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.CheckResult;
import org.medinsure.warehouse.ingest.model.ExecutionStatement;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.model.StatedTotal;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.parse.DocumentStatus;
import org.medinsure.warehouse.ingest.parse.IngestedFile;

/** Turns parsed files into rows of the bronze tables, in the column order of {@code BronzeTables} (a map column as a java.util.Map, in key order). */
final class BronzeRows {
    private BronzeRows() {
    }

    static String projectId(String docId, int formIndex) {
        return docId.substring(0, 16) + String.format(Locale.ROOT, "-P%03d", formIndex);
    }

    static Row document(IngestedFile file, DocumentStatus status, long modified) {
        ParsedDocument document = file.document();
        return RowFactory.create(file.docId(), file.sourcePath(), file.format(), file.encoding(), file.sizeBytes(),
                file.lineCount(), document.profile().docType().code(), document.profile().department(),
                document.profile().fiscalYear(), document.profile().regionContext(), status.code(),
                (long) document.problems().size(), (long) document.projects().size(),
                document.profile().traditional() ? "traditional" : "simplified", modified);
    }

    static List<Row> projectForms(IngestedFile file) {
        List<Row> rows = new ArrayList<>();
        for (ProjectForm form : file.document().projects()) {
            rows.add(RowFactory.create(projectId(file.docId(), form.formIndex()), file.docId(), file.sourcePath(),
                    (long) form.sourceLine(), form.formIndex(), form.formKind().code(), form.projectName(),
                    form.department(), form.implementingUnit(), form.period(), form.amountRaw(), form.budgetYuan(),
                    form.priorYearYuan(), form.executedYuan(), form.executionRatePct(), form.basisText(),
                    form.projectNamePrinted(), form.declaredUnit(), file.page(form.sourceLine()),
                    file.lineOnPage(form.sourceLine())));
        }
        return rows;
    }

    static List<Row> indicatorRows(IngestedFile file) {
        List<Row> rows = new ArrayList<>();
        for (ProjectForm form : file.document().projects()) {
            String projectId = projectId(file.docId(), form.formIndex());
            int index = 0;
            for (Indicator indicator : form.indicators()) {
                index++;
                rows.add(RowFactory.create(projectId + String.format(Locale.ROOT, "-I%03d", index), projectId,
                        file.docId(), file.sourcePath(), (long) indicator.sourceLine(), index, indicator.level1(),
                        indicator.level2(), indicator.name(), indicator.valueRaw(), indicator.standardRaw(),
                        indicator.actualRaw(), indicator.scoreRaw(), indicator.gapReason(), indicator.namePrinted(),
                        indicator.unitHint(), file.page(indicator.sourceLine()), file.lineOnPage(indicator.sourceLine())));
            }
        }
        return rows;
    }

    static List<Row> budgetLines(IngestedFile file) {
        List<Row> rows = new ArrayList<>();
        for (BudgetLine line : file.document().budgetLines()) {
            rows.add(RowFactory.create(file.docId(), file.sourcePath(), (long) line.sourceLine(), line.stage(),
                    line.tableName(), line.functionCode(), line.functionName(), line.totalYuan(), line.basicYuan(),
                    line.projectYuan(), new java.util.TreeMap<>(line.otherAmounts()), line.regionName(),
                    file.page(line.sourceLine()), file.lineOnPage(line.sourceLine())));
        }
        return rows;
    }

    static List<Row> tableTotals(IngestedFile file, String stage) {
        List<Row> rows = new ArrayList<>();
        for (TableTotal total : file.document().totals()) {
            rows.add(RowFactory.create(file.docId(), file.sourcePath(), (long) total.sourceLine(), stage,
                    total.tableName(), total.label(), total.side(), total.column(), total.amountYuan(),
                    file.page(total.sourceLine()), file.lineOnPage(total.sourceLine())));
        }
        return rows;
    }

    static List<Row> executionStatements(IngestedFile file) {
        List<Row> rows = new ArrayList<>();
        for (ExecutionStatement statement : file.document().executions()) {
            rows.add(RowFactory.create(file.docId(), file.sourcePath(), (long) statement.sourceLine(), statement.item(),
                    statement.functionCode(), statement.budgetYuan(), statement.finalYuan(), statement.ratePct(),
                    statement.source(), file.page(statement.sourceLine()), file.lineOnPage(statement.sourceLine())));
        }
        return rows;
    }

    static List<Row> statedTotals(IngestedFile file) {
        List<Row> rows = new ArrayList<>();
        for (StatedTotal total : file.document().statedTotals()) {
            rows.add(RowFactory.create(file.docId(), file.sourcePath(), (long) total.sourceLine(), total.label(),
                    total.amountYuan(), total.matchesTable(), file.page(total.sourceLine()),
                    file.lineOnPage(total.sourceLine())));
        }
        return rows;
    }

    static List<Row> problems(IngestedFile file) {
        List<Row> rows = new ArrayList<>();
        for (Problem problem : file.document().problems()) {
            rows.add(RowFactory.create(file.docId(), file.sourcePath(), (long) problem.sourceLine(), "ingest",
                    problem.check(), problem.severity().code(), problem.detail(), file.page(problem.sourceLine()),
                    file.lineOnPage(problem.sourceLine())));
        }
        return rows;
    }

    static List<Row> checks(IngestedFile file, DocumentChecks checks) {
        List<Row> rows = new ArrayList<>();
        for (CheckResult check : checks.run(file.document())) {
            rows.add(RowFactory.create(file.docId(), file.sourcePath(), (long) check.sourceLine(), check.check(),
                    check.scope(), check.expected(), check.found(), check.passed(), file.page(check.sourceLine()),
                    file.lineOnPage(check.sourceLine())));
        }
        return rows;
    }

    static Row duplicateProblem(IngestedFile file, String primaryPath) {
        return RowFactory.create(file.docId(), file.sourcePath(), 0L, "ingest", "duplicate_file", "warning",
                file.sourcePath() + ": same bytes as " + primaryPath + "; its facts are loaded once, from that file",
                null, null);
    }
}
