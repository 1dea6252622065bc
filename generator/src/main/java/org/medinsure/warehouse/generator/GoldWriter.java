package org.medinsure.warehouse.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of written documents in the gold format of {@code shared/gold/seeds.jsonl}: one JSON
 * object a line, each with its kind (document, project, indicator, budget_line, total, execution)
 * and file name. Money in 万元; a truncated file's gold keeps the forms it prints whole.
 */
final class GoldWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;

    GoldWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out is null");
    }

    void write(DocumentWriter.Written written) throws IOException {
        GeneratedDocument document = written.document();
        CountyYear year = document.countyYear();
        String file = written.path().substring(written.path().lastIndexOf('/') + 1);
        Map<String, Object> record = record("document", file);
        boolean prefectures = document.type() == DocType.ALLOCATION;
        record.put("province", year.county().province());
        record.put("prefecture", year.county().prefecture());
        record.put("county", prefectures ? null : year.county().name());
        record.put("department", year.department());
        record.put("year", year.year());
        record.put("doc_type", document.type().code());
        record.put("project_form_count", written.wholeForms());
        record.put("layout_family", written.family().name().toLowerCase(java.util.Locale.ROOT));
        record.put("encoding", written.charset().name());
        if (written.traditional() || written.truncated()) {
            record.put("note", (written.traditional() ? "Printed in traditional characters; gold text is simplified. " : "")
                    + (written.truncated() ? "The file is cut off part-way; only the forms printed whole are labelled." : ""));
        }
        line(record);
        List<ProjectForm> forms = document.forms().subList(0, written.wholeForms());
        for (int i = 0; i < forms.size(); i++) {
            if (i < document.summaryRows()) {
                summaryRow(file, i + 1, year, forms.get(i));
            } else {
                project(file, i + 1, year, forms.get(i));
            }
        }
        if (!written.truncated()) {
            for (BudgetTable table : document.tables()) {
                table(file, table);
            }
            for (Total total : document.totals()) {
                total(file, total.table(), total.label(), total.column(), total.wan());
            }
            for (Allocation allocation : document.allocations()) {
                Map<String, Object> row = record("allocation", file);
                row.put("region", allocation.region());
                row.put("function_code", allocation.functionCode());
                row.put("amount_wan", allocation.amountWan());
                row.put("already_wan", allocation.alreadyWan());
                row.put("this_time_wan", allocation.thisTimeWan());
                line(row);
            }
            for (Execution execution : document.executions()) {
                Map<String, Object> row = record("execution", file);
                row.put("item", execution.item());
                row.put("code", execution.code());
                row.put("budget_wan", execution.budgetWan());
                row.put("final_wan", execution.finalWan());
                row.put("rate_pct", execution.ratePct());
                row.put("source", "text");
                line(row);
            }
        }
    }

    private void project(String file, int index, CountyYear year, ProjectForm form) throws IOException {
        Map<String, Object> record = record("project", file);
        record.put("form_index", index);
        record.put("year", year.year());
        record.put("county", year.county().name());
        record.put("name", form.name());
        record.put("implementing_unit", form.implementingUnit());
        record.put("budget_wan", form.budgetWan());
        record.put("prior_year_wan", null);
        record.put("executed_wan", form.executedWan());
        record.put("execution_rate_pct", form.selfEvaluation() ? form.executionRatePct() : null);
        record.put("beneficiaries", form.beneficiaries());
        Map<String, Object> satisfaction = new LinkedHashMap<>(); // ordered: the same bytes in every JVM
        satisfaction.put("comparator", form.satisfactionComparator());
        satisfaction.put("value_pct", form.satisfactionPct());
        record.put("satisfaction_target", satisfaction);
        record.put("indicator_count", form.indicators().size());
        record.put("form_kind", form.selfEvaluation() ? "self_evaluation" : "declaration");
        line(record);
        for (Indicator indicator : form.indicators()) {
            Map<String, Object> row = record("indicator", file);
            row.put("form_index", index);
            row.put("project", form.name());
            row.put("level1", indicator.level1());
            row.put("level2", indicator.level2());
            row.put("name", indicator.name());
            row.put("raw_value", indicator.rawValue());
            row.put("comparator", indicator.comparator());
            row.put("number", indicator.number());
            row.put("unit", indicator.unit());
            row.put("qualitative", indicator.qualitative());
            if (indicator.actualRaw() != null) {
                row.put("actual_raw", indicator.actualRaw());
            }
            line(row);
        }
    }

    /** A row of a summary table: the project's amounts and rate as printed; the table has no indicators. */
    private void summaryRow(String file, int index, CountyYear year, ProjectForm form) throws IOException {
        Map<String, Object> record = record("project", file);
        record.put("form_index", index);
        record.put("year", year.year());
        record.put("county", year.county().name());
        record.put("name", form.name());
        record.put("implementing_unit", null);
        record.put("budget_wan", form.budgetWan());
        record.put("prior_year_wan", null);
        record.put("executed_wan", form.executedWan());
        record.put("execution_rate_pct", form.executionRatePct());
        record.put("beneficiaries", null);
        record.put("satisfaction_target", null);
        record.put("indicator_count", null);
        record.put("form_kind", "summary");
        line(record);
    }

    private void table(String file, BudgetTable table) throws IOException {
        for (BudgetLine line : table.lines()) {
            Map<String, Object> row = record("budget_line", file);
            row.put("table", table.title());
            row.put("code", line.code());
            row.put("level", line.level());
            row.put("name", line.name());
            row.put("total_wan", line.totalWan());
            row.put("basic_wan", line.basicWan() == 0 ? null : line.basicWan());
            row.put("project_wan", line.projectWan() == 0 ? null : line.projectWan());
            line(row);
        }
        for (Map.Entry<String, Double> column : Map.of("合计", table.totalWan(), "基本支出", table.basicWan(),
                "项目支出", table.projectWan()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            total(file, table.title(), "合计", column.getKey(), column.getValue());
        }
    }

    private void total(String file, String table, String label, String column, double wan) throws IOException {
        Map<String, Object> row = record("total", file);
        row.put("table", table);
        row.put("label", label);
        row.put("wan", wan);
        row.put("column", column);
        line(row);
    }

    private static Map<String, Object> record(String kind, String file) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("kind", kind);
        record.put("file", file);
        return record;
    }

    private void line(Map<String, Object> record) throws IOException {
        out.write(JSON.writeValueAsString(record));
        out.write('\n');
    }
}
