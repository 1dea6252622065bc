package org.medinsure.warehouse.transform.lake;

import java.util.List;
import org.medinsure.warehouse.ingest.lake.LakeTable;

/**
 * The silver layer: the contract's core tables (see docs/contract.md), facts made comparable —
 * canonical codes, one unit per quantity, yuan, region codes. Column names here are the public
 * contract: add, never rename.
 */
public final class SilverTables {
    public static final String LAYER = "silver";

    public static final LakeTable DOCUMENTS = LakeTable.builder(LAYER, "documents",
                    "One row per input file, whatever happened to it; (doc_id, source_path) is unique.")
            .string("doc_id", "SHA-256 of the file's bytes (hex); equal for byte-identical files")
            .string("source_path", "Path of the file relative to the input root")
            .string("format", "File format by extension: txt, md, pdf, docx, xlsx …")
            .string("encoding", "Text encoding the file was read with (UTF-8, GB18030 …)")
            .string("doc_type", "declaration, self_evaluation, budget, final_accounts, allocation (a notice allocating "
                    + "funds to regions), mixed (several kinds, e.g. a notice with attached forms) or unknown")
            .string("region_code", "6-digit GB/T 2260 code of the county-level division; of the prefecture (ending in 00) "
                    + "for a document a prefecture publishes, county then NULL")
            .string("province", "Province name")
            .string("prefecture", "Prefecture name; NULL for counties administered directly by the province")
            .string("county", "County-level division name")
            .string("department", "Publishing department as printed")
            .integer("fiscal_year", "Fiscal year the document is about")
            .string("status", "parsed, partial, rejected or duplicate")
            .bigint("problem_count", "Number of problems recorded for the file")
            .bigint("project_form_count", "Number of project forms found")
            .bigint("size_bytes", "File size in bytes")
            .string("script", "simplified, or traditional when the document was printed in traditional script and read "
                    + "folded to simplified characters (bronze keeps the printed names)")
            .string("region_method", "How the region was found: alias, department, context, path, ambiguous, unmatched")
            .partitionBy("fiscal_year")
            .key("doc_id", "source_path")
            .build();

    public static final LakeTable PROJECTS = LakeTable.builder(LAYER, "projects",
                    "One row per project form (declaration or self-evaluation).")
            .string("project_id", "Stable id of the form: document id prefix and position")
            .string("doc_id", "Document the form is in")
            .string("source_path", "File the form is in")
            .bigint("source_line", "Line of the file where the form starts")
            .string("region_code", "6-digit GB/T 2260 code")
            .string("province", "Province name")
            .string("county", "County-level division name")
            .integer("fiscal_year", "Fiscal year")
            .string("form_kind", "declaration, self_evaluation, summary (one project row of a summary table such as "
                    + "部门绩效自评结果汇总表) or department (a department-wide form 部门整体支出绩效目标表/自评表: a department-level "
                    + "record, named by the department)")
            .string("project_name", "Project name as printed, trimmed")
            .string("implementing_unit", "Implementing unit as printed")
            .string("programme", "Canonical programme category: a code of taxonomy/programmes.csv (medical_assistance, resident_insurance_subsidy …); NULL when no rule fits, and for department-wide records")
            .yuan("budget_yuan", "Annual amount in yuan")
            .yuan("executed_yuan", "Executed amount in yuan (self-evaluations)")
            .real("execution_rate_pct", "Execution rate as printed (全年执行数 / 全年预算数), percent points; NULL where "
                    + "none is printed")
            .bigint("beneficiaries", "Head-count of the population the project serves, persons")
            .integer("form_index", "1-based position of the form in its document")
            .string("prefecture", "Prefecture name")
            .string("department", "Competent department as printed")
            .yuan("prior_year_yuan", "Prior-year amount in yuan")
            .string("beneficiaries_source", "Where beneficiaries came from: indicator (a head-count target, a bound "
                    + "recorded as its number) or basis (the 测算依据 formula such as 658090人×32元); NULL with no head-count")
            .partitionBy("fiscal_year")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .key("project_id")
            .build();

    public static final LakeTable INDICATORS = LakeTable.builder(LAYER, "indicators",
                    "One row per indicator row of a project form, with canonical code and parsed value.")
            .string("indicator_id", "Stable id: project id and row position")
            .string("project_id", "Form the indicator belongs to")
            .string("doc_id", "Document the indicator is in")
            .bigint("source_line", "Line of the file where the indicator name is printed")
            .string("level1", "Canonical level-1 heading (产出指标, 效益指标, 满意度指标 …)")
            .string("level2", "Canonical level-2 heading (数量指标, 质量指标, 时效指标, 成本指标 …)")
            .string("name_raw", "Indicator name as printed")
            .string("indicator_code", "Canonical taxonomy code; NULL when unmatched")
            .string("value_raw", "Target value as printed")
            .string("comparator", ">=, <=, =, >, < or NULL")
            .real("target_value", "Target number as printed (31.7 for 31.7万)")
            .string("unit", "Canonical unit (%, 元, 万元, 人, 万人, 人次, 个 …)")
            .real("target_base", "Target in the unit's base: yuan, persons, percent …")
            .string("qualitative", "Ordinal or textual target when not numeric")
            .string("actual_raw", "Actual value as printed (self-evaluations)")
            .real("actual_value", "Actual value in the unit's base (self-evaluations)")
            .string("source_path", "File the indicator is in")
            .string("region_code", "6-digit GB/T 2260 code")
            .string("province", "Province name")
            .integer("fiscal_year", "Fiscal year")
            .string("level1_raw", "Level-1 heading as printed")
            .string("level2_raw", "Level-2 heading as printed less whitespace and annotations: 成本指标（万元） → "
                    + "成本指标 (its unit gives unit_source = level), 社会效益 指标 (必填) → 社会效益指标")
            .string("standard_raw", "绩效标准 cell as printed")
            .string("match_method", "How the code was found: exact, synonym, fuzzy, unmatched")
            .real("match_confidence", "Confidence of the code match, 0 to 1")
            .integer("qualitative_rank", "Ordinal rank 1-5 of a qualitative target (5 显著 … 4 良好/有效/及时 … "
                    + "3 提高/逐步健全 … 1 差), taxonomy/qualitative.csv; NULL for numbers, dates and long statements")
            .string("unit_source", "Where the unit came from: value (printed in it, a scale word included: 31.7万 "
                    + "counting persons is 万人), name (（人次） in the name), level (the level-2 heading 成本指标（万元）, "
                    + "also when its merged cell prints （万元） on a row of its own), header (the form's declared unit "
                    + "单位：万元 or 项目资金（万元）, for a bare money amount), concept (not printed: the taxonomy "
                    + "concept's expected unit, e.g. % for ≥96 satisfaction); NULL when there is no unit")
            .partitionBy("fiscal_year")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .key("indicator_id")
            .build();

    public static final LakeTable BUDGET_LINES = LakeTable.builder(LAYER, "budget_lines",
                    "One row per classification line of a budget or final-accounts table, in yuan.")
            .string("doc_id", "Document the line is in")
            .string("source_path", "File the line is in")
            .bigint("source_line", "Line of the file where the row starts")
            .string("region_code", "6-digit GB/T 2260 code")
            .integer("fiscal_year", "Fiscal year")
            .string("stage", "budget, final, or allocation (a row of a funds allocation table, 资金分配表)")
            .string("table_name", "Table title as printed")
            .string("function_code", "Functional classification code: 3 (类), 5 (款) or 7 (项) digits; for an "
                    + "allocation row the code the notice books the funds under")
            .string("function_name", "Classification name as printed")
            .yuan("total_yuan", "Total column in yuan")
            .yuan("basic_yuan", "Basic expenditure in yuan")
            .yuan("project_yuan", "Project expenditure in yuan")
            .string("province", "Province name")
            .string("county", "County-level division name")
            .string("function_level", "类, 款 or 项 by code length")
            .string("region_name", "For an allocation row (stage allocation): the region or unit allocated to, as "
                    + "printed; region_code is then that region's when it resolves, else the issuer's")
            .yuan("already_allocated_yuan", "For an allocation row: what was allocated earlier (已提前下达), yuan")
            .yuan("this_allocation_yuan", "For an allocation row: what this notice allocates (本次下达), yuan")
            .partitionBy("fiscal_year")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable TABLE_TOTALS = LakeTable.builder(LAYER, "table_totals",
                    "Total rows of budget and final-accounts tables, one per amount column, in yuan.")
            .string("doc_id", "Document the total is in")
            .string("source_path", "File the total is in")
            .bigint("source_line", "Line of the total row")
            .string("region_code", "6-digit GB/T 2260 code")
            .string("province", "Province name")
            .string("county", "County-level division name")
            .integer("fiscal_year", "Fiscal year")
            .string("stage", "budget or final")
            .string("table_name", "Table title as printed")
            .string("label", "Row label as printed")
            .string("side", "收入 or 支出 in two-sided tables, NULL otherwise")
            .string("column_name", "Amount column")
            .yuan("amount_yuan", "The total in yuan")
            .partitionBy("fiscal_year")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable EXECUTION_STATEMENTS = LakeTable.builder(LAYER, "execution_statements",
                    "Budget-against-final comparisons the documents state, in text or tables.")
            .string("doc_id", "Document the statement is in")
            .string("source_path", "File the statement is in")
            .bigint("source_line", "Line of the statement")
            .string("region_code", "6-digit GB/T 2260 code")
            .string("province", "Province name")
            .string("county", "County-level division name")
            .integer("fiscal_year", "Fiscal year")
            .string("item", "Item as printed")
            .string("function_code", "Classification code where the item maps cleanly to one")
            .yuan("budget_yuan", "Budget in yuan")
            .yuan("final_yuan", "Final in yuan")
            .real("rate_pct", "Execution rate as printed, percent points")
            .string("source", "text, table or text+table")
            .partitionBy("fiscal_year")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable STATED_TOTALS = LakeTable.builder(LAYER, "stated_totals",
                    "Totals a budget or final-accounts narrative states, in yuan, checked against the document's tables.")
            .string("doc_id", "Document the sentence is in")
            .string("source_path", "File the sentence is in")
            .bigint("source_line", "Line of the sentence")
            .string("region_code", "6-digit GB/T 2260 code")
            .string("province", "Province name")
            .string("county", "County-level division name")
            .integer("fiscal_year", "Fiscal year")
            .string("label", "Total as named in the sentence (收入总计, 本年支出合计 …)")
            .yuan("amount_yuan", "The stated amount in yuan")
            .bool("matches_table",
                    "A table total of the document prints the same amount; NULL when the document has no table totals")
            .partitionBy("fiscal_year")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable PROBLEMS = LakeTable.builder(LAYER, "problems",
                    "One row per thing that could not be read or did not reconcile, from any stage.")
            .string("doc_id", "Document concerned")
            .string("source_path", "File concerned")
            .bigint("source_line", "Line concerned, 0 for the whole file")
            .string("stage", "Stage that found it: ingest, transform, marts")
            .string("check", "Name of the check")
            .string("severity", "error or warning")
            .string("detail", "What was found, with the value")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final LakeTable CHECKS = LakeTable.builder(LAYER, "checks",
                    "One row per reconciliation a document was put through (total equals the sum of its parts, "
                    + "the narrative equals the tables …), passed or not; rules in vocabulary/checks.csv.")
            .string("doc_id", "Document checked")
            .string("source_path", "File checked")
            .bigint("source_line", "Line of the amount checked (parent row, total, stated sentence)")
            .string("region_code", "6-digit GB/T 2260 code")
            .string("province", "Province name")
            .string("county", "County-level division name")
            .integer("fiscal_year", "Fiscal year")
            .string("check", "Rule: children_sum, table_total, basic_plus_project, stated_total")
            .string("scope", "What was checked: table, row and column")
            .yuan("expected_yuan", "What the document's other figures make the amount, in yuan")
            .yuan("found_yuan", "The amount printed, in yuan")
            .bool("passed", "Whether the two agree within the rule's tolerance")
            .integer("source_page", "For a PDF: the page the line is printed on; NULL for text, HTML, Word and Excel files")
            .integer("page_line", "For a PDF: the line's position on its page (source_line counts through the whole "
                    + "rendered document); NULL for other files")
            .build();

    public static final List<LakeTable> ALL = List.of(DOCUMENTS, PROJECTS, INDICATORS, BUDGET_LINES, TABLE_TOTALS,
            EXECUTION_STATEMENTS, STATED_TOTALS, PROBLEMS, CHECKS);

    private SilverTables() {
    }
}
