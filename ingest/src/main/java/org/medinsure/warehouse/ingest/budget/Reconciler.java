package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medinsure.warehouse.ingest.budget.TableHeader.Column;
import org.medinsure.warehouse.ingest.model.Problem;

/**
 * Checks that totals and parent rows equal the sum of the rows beneath them, column by column,
 * within a rounding tolerance, and settles malformed numbers: a reading of {@code 85..54} is used
 * only when it is the one reading with which its column adds up. The document is reported, never
 * patched silently: every repair and every mismatch becomes a problem row.
 */
final class Reconciler {
    private final String where;
    private final List<Column> columns;
    private final BigDecimal tolerance;
    private final List<Problem> problems;

    Reconciler(String where, List<Column> columns, BigDecimal tolerance, List<Problem> problems) {
        this.where = Objects.requireNonNull(where, "where is null");
        this.columns = List.copyOf(columns);
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance is null");
        this.problems = Objects.requireNonNull(problems, "problems is null");
    }

    void repairAndCheck(List<PlacedRow> rows, Map<TableRow, List<TableRow>> children, TableRow parentTotal) {
        Map<TableRow, PlacedRow> byRow = new IdentityHashMap<>();
        rows.forEach(r -> byRow.put(r.row(), r));
        Map<TableRow, TableRow> parentOf = new IdentityHashMap<>();
        children.forEach((parent, kids) -> kids.forEach(kid -> parentOf.put(kid, parent)));
        for (PlacedRow row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                Amount source = row.sources()[c];
                if (source != null && source.malformed()) {
                    repair(row, c, source, byRow.get(parentOf.get(row.row())), siblings(children, parentOf, row, byRow));
                }
            }
        }
        for (Map.Entry<TableRow, List<TableRow>> family : children.entrySet()) {
            PlacedRow parent = byRow.get(family.getKey());
            if (parent == null) {
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                BigDecimal sum = null;
                for (TableRow kid : family.getValue()) {
                    PlacedRow placed = byRow.get(kid);
                    if (placed != null && placed.values()[c] != null) {
                        sum = sum == null ? placed.values()[c] : sum.add(placed.values()[c]);
                    }
                }
                BigDecimal expected = parent.values()[c];
                if (sum == null && expected == null) {
                    continue;
                }
                BigDecimal found = sum == null ? BigDecimal.ZERO : sum;
                BigDecimal printed = expected == null ? BigDecimal.ZERO : expected;
                if (printed.subtract(found).abs().compareTo(tolerance) > 0) {
                    problems.add(Problem.warning(parent.row().line(), "total_mismatch", where + " line "
                            + parent.row().line() + ": " + label(parent) + " column " + columns.get(c).name()
                            + " expected " + printed.toPlainString() + " (printed), found "
                            + found.toPlainString() + " (sum of " + family.getValue().size() + " rows beneath)"));
                }
            }
        }
    }

    private List<PlacedRow> siblings(Map<TableRow, List<TableRow>> children, Map<TableRow, TableRow> parentOf,
                                     PlacedRow row, Map<TableRow, PlacedRow> byRow) {
        List<PlacedRow> result = new ArrayList<>();
        TableRow parent = parentOf.get(row.row());
        if (parent != null) {
            for (TableRow kid : children.get(parent)) {
                if (kid != row.row() && byRow.containsKey(kid)) {
                    result.add(byRow.get(kid));
                }
            }
        }
        return result;
    }

    private void repair(PlacedRow row, int column, Amount source, PlacedRow parent, List<PlacedRow> siblings) {
        List<BigDecimal> fitting = new ArrayList<>();
        if (parent != null && parent.values()[column] != null) {
            BigDecimal others = BigDecimal.ZERO;
            for (PlacedRow sibling : siblings) {
                if (sibling.values()[column] != null) {
                    others = others.add(sibling.values()[column]);
                }
            }
            for (BigDecimal reading : source.readings()) {
                if (others.add(reading).subtract(parent.values()[column]).abs().compareTo(tolerance) <= 0) {
                    fitting.add(reading);
                }
            }
        }
        if (fitting.size() == 1) {
            row.values()[column] = fitting.get(0);
            problems.add(Problem.warning(row.row().line(), "repaired_number", where + " line " + row.row().line()
                    + ": " + label(row) + " column " + columns.get(column).name() + " printed " + source.printed()
                    + " read as " + fitting.get(0).toPlainString() + ", the only reading with which the column adds up to "
                    + label(parent) + " " + parent.values()[column].toPlainString()));
        } else {
            row.values()[column] = null;
            problems.add(Problem.error(row.row().line(), "malformed_number", where + " line " + row.row().line()
                    + ": " + label(row) + " column " + columns.get(column).name() + " printed " + source.printed()
                    + "; readings " + source.readings() + " of which " + fitting.size()
                    + " reconcile, value left blank"));
        }
    }

    private static String label(PlacedRow row) {
        return (row.row().code() == null ? "" : row.row().code() + " ") + BudgetVocabulary.squeeze(row.row().label());
    }
}
