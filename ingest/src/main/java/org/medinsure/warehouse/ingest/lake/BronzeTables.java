package org.medinsure.warehouse.ingest.lake;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;

/** The bronze layer: facts as printed, with lineage, one table per kind of fact. */
public final class BronzeTables {
    public static final String LAYER = "bronze";

    public static final LakeTable DOCUMENTS = LakeTable.builder(LAYER, "documents",
                    "One row per input file as read by ingest, before regions are resolved.")
            .string("doc_id", "SHA-256 of the file's bytes (hex)")
            .string("source_path", "Path of the file relative to the input root")
            .string("format", "File format by extension: txt, md, csv, pdf, docx, xlsx …")
            .string("encoding", "Text encoding the file was read with (UTF-8, GB18030 …)")
            .bigint("size_bytes", "File size in bytes")
            .bigint("line_count", "Number of lines of the decoded text")
            .string("doc_type", "Document family: declaration, self_evaluation, budget, final_accounts, mixed, unknown")
            .string("department", "Publishing department as printed, e.g. 阳谷县医疗保障局")
            .integer("fiscal_year", "Fiscal year the document is about")
            .string("region_context", "Department, title and header lines, from which transform resolves the region")
            .string("status", "parsed, partial, rejected or duplicate")
            .bigint("problem_count", "Number of problems recorded for the file")
            .bigint("project_form_count", "Number of project forms found")
            .string("script", "simplified, or traditional when the document was printed in traditional script and "
                    + "read folded to simplified characters (OpenCC); facts are simplified, *_printed columns keep "
                    + "the printed names")
            .bigint("file_modified", "The file's modification time when it was read (ms since the epoch); with size_bytes, "
                    + "what tells the next run that the file is unchanged and need not be read again")
            .build();

    public static final LakeTable PROJECT_FORMS = LakeTable.builder(LAYER, "project_forms",
                    "One row per project form (declaration or self-evaluation), header fields as printed.")
            .string("project_id", "Stable id: document id prefix and form position")
            .string("doc_id", "Document the form is in")
            .string("source_path", "File the form is in")
            .bigint("source_line", "Line of the file where the form starts")
            .integer("form_index", "1-based position of the form in its document")
            .string("form_kind", "declaration, self_evaluation, summary (one row of a summary table) or department "
                    + "(a department-wide form)")
            .string("project_name", "Project name as printed")
            .string("department", "Competent department (主管部门) as printed")
            .string("implementing_unit", "Implementing unit (实施单位) as printed")
            .string("period", "Project period as printed")
            .string("amount_raw", "Annual amount cell as printed, with its unit")
            .yuan("budget_yuan", "Annual amount in yuan")
            .yuan("prior_year_yuan", "Prior-year amount in yuan")
            .yuan("executed_yuan", "Executed amount in yuan (self-evaluations)")
            .real("execution_rate_pct", "Execution rate as printed (全年执行数 / 全年预算数), percent points")
            .string("basis_text", "Calculation basis (测算依据) text")
            .string("project_name_printed", "Project name as the file prints it, when the document was folded "
                    + "from traditional script; NULL otherwise (project_name is then printed as is)")
            .string("declared_unit", "Money unit the form declares for its amounts (单位：万元, or the （万元） of the "
                    + "amount label): 万元, 元 or 亿元; NULL when it declares none")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable INDICATOR_ROWS = LakeTable.builder(LAYER, "indicator_rows",
                    "One row per indicator row of a project form, cells as printed.")
            .string("indicator_id", "Stable id: project id and row position")
            .string("project_id", "Form the row belongs to")
            .string("doc_id", "Document the row is in")
            .string("source_path", "File the row is in")
            .bigint("source_line", "Line of the file where the indicator name is printed")
            .integer("row_index", "1-based position of the row in its form")
            .string("level1", "Level-1 heading in force for the row, as printed")
            .string("level2", "Level-2 heading in force for the row, as printed less whitespace and "
                    + "annotations: 成本指标（万元） → 成本指标 (see unit_hint), 社会效益 指标 (必填) → 社会效益指标")
            .string("name_raw", "Indicator name as printed")
            .string("value_raw", "Target value cell as printed")
            .string("standard_raw", "绩效标准 cell as printed, where the form has one")
            .string("actual_raw", "Actual value cell as printed (self-evaluations)")
            .string("score_raw", "Score cell as printed (self-evaluations)")
            .string("gap_reason", "Reason for a gap between target and actual (self-evaluations)")
            .string("name_printed", "Indicator name as the file prints it, when the document was folded from "
                    + "traditional script; NULL otherwise")
            .string("unit_hint", "Unit annotation of the level-2 heading (万元 of 成本指标（万元）, also when the merged "
                    + "cell prints it on a row of its own), which level2 is stored without; NULL when none")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable BUDGET_LINES = LakeTable.builder(LAYER, "budget_lines",
                    "One row per classification line of a budget or final-accounts table, amounts in yuan.")
            .string("doc_id", "Document the line is in")
            .string("source_path", "File the line is in")
            .bigint("source_line", "Line of the file where the row starts")
            .string("stage", "budget, final or allocation")
            .string("table_name", "Table title as printed")
            .string("function_code", "Functional classification code, 3/5/7 digits joined")
            .string("function_name", "Classification name as printed")
            .yuan("total_yuan", "Total column in yuan")
            .yuan("basic_yuan", "Basic expenditure (基本支出) in yuan")
            .yuan("project_yuan", "Project expenditure (项目支出) in yuan")
            .column("other_amounts", DataTypes.createMapType(DataTypes.StringType, LakeTable.YUAN),
                    "Other amount columns keyed by header as printed, in yuan; for an allocation row, keyed "
                    + "already (allocated earlier) and this_time (allocated by this notice)")
            .string("region_name", "For an allocation row (stage allocation): the region or unit allocated to, as "
                    + "printed; NULL for budget and final-accounts lines")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable TABLE_TOTALS = LakeTable.builder(LAYER, "table_totals",
                    "One row per total row and amount column of a budget or final-accounts table.")
            .string("doc_id", "Document the total is in")
            .string("source_path", "File the total is in")
            .bigint("source_line", "Line of the total row")
            .string("stage", "budget or final")
            .string("table_name", "Table title as printed")
            .string("label", "Row label as printed (合计, 总计, 本年收入合计 …)")
            .string("side", "收入 or 支出 in two-sided tables, NULL otherwise")
            .string("column_name", "Amount column the total is for")
            .yuan("amount_yuan", "The total in yuan")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable EXECUTION_STATEMENTS = LakeTable.builder(LAYER, "execution_statements",
                    "Places where a document compares budget with final spending, in text or a table.")
            .string("doc_id", "Document the statement is in")
            .string("source_path", "File the statement is in")
            .bigint("source_line", "Line of the statement")
            .string("item", "Item as printed")
            .string("function_code", "Classification code where the item maps cleanly to one")
            .yuan("budget_yuan", "Budget (年初预算) in yuan")
            .yuan("final_yuan", "Final (决算) in yuan")
            .real("rate_pct", "Execution rate as printed, percent points")
            .string("source", "text, table or text+table")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable STATED_TOTALS = LakeTable.builder(LAYER, "stated_totals",
                    "Totals a budget or final-accounts narrative states (收入总计7764.9万元), checked against its tables.")
            .string("doc_id", "Document the sentence is in")
            .string("source_path", "File the sentence is in")
            .bigint("source_line", "Line of the sentence")
            .string("label", "Total as named in the sentence (收入总计, 本年支出合计 …)")
            .yuan("amount_yuan", "The stated amount in yuan")
            .bool("matches_table",
                    "A table total of the document prints the same amount; NULL when the document has no table totals")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable PROBLEMS = LakeTable.builder(LAYER, "problems",
                    "One row per thing ingest could not read or that did not reconcile.")
            .string("doc_id", "Document concerned")
            .string("source_path", "File concerned")
            .bigint("source_line", "Line concerned, 0 for the whole file")
            .string("stage", "Pipeline stage that found it")
            .string("check", "Name of the check")
            .string("severity", "error or warning")
            .string("detail", "What was found, with the value")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable CHECKS = LakeTable.builder(LAYER, "checks",
                    "One row per reconciliation a document was put through (vocabulary/checks.csv), passed or not.")
            .string("doc_id", "Document checked")
            .string("source_path", "File checked")
            .bigint("source_line", "Line of the amount checked (parent row, total, stated sentence)")
            .string("check", "Rule: children_sum, table_total, basic_plus_project, stated_total")
            .string("scope", "What was checked: table, row and column")
            .yuan("expected_yuan", "What the document's other figures make the amount, in yuan")
            .yuan("found_yuan", "The amount printed, in yuan")
            .bool("passed", "Whether the two agree within the rule's tolerance")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final List<LakeTable> ALL = List.of(DOCUMENTS, PROJECT_FORMS, INDICATOR_ROWS, BUDGET_LINES,
            TABLE_TOTALS, EXECUTION_STATEMENTS, STATED_TOTALS, PROBLEMS, CHECKS);

    private BronzeTables() {
    }
}
