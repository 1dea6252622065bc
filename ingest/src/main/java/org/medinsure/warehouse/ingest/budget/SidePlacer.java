package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.medinsure.warehouse.ingest.budget.TableHeader.Column;
import org.medinsure.warehouse.ingest.model.Problem;

/**
 * Places the rows of one table side into its columns, repairs malformed numbers that only one
 * reading lets add up, and checks every total and parent row against the rows beneath it.
 * Parents are the row of the code cut by one level (21013 for 2101301) or, at the top, the side's
 * 合计 row.
 */
final class SidePlacer {
    private final String where;
    private final List<Column> columns;
    private final String narrative;
    private final SplitMemory memory;
    private final BigDecimal tolerance;
    private final List<Problem> problems;
    /** Per column role, whether every code row of the side is known to spend nothing there. */
    private final Map<String, Boolean> codesKnownZero = new HashMap<>();

    /**
     * @param where file and table, for problem details
     * @param narrative the document's narrative text with whitespace removed, for evidence
     * @param tolerance largest difference, in the table's unit, that is still rounding
     */
    SidePlacer(String where, List<Column> columns, String narrative, SplitMemory memory, BigDecimal tolerance,
               List<Problem> problems) {
        this.where = Objects.requireNonNull(where, "where is null");
        this.columns = List.copyOf(columns);
        this.narrative = Objects.requireNonNull(narrative, "narrative is null");
        this.memory = Objects.requireNonNull(memory, "memory is null");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance is null");
        this.problems = Objects.requireNonNull(problems, "problems is null");
    }

    List<PlacedRow> place(List<TableRow> rows) {
        int n = columns.size();
        Map<TableRow, Amount[]> placed = new IdentityHashMap<>();
        Map<TableRow, Boolean> certain = new IdentityHashMap<>();
        TableRow parentTotal = rows.stream().filter(TableRow::total)
                .filter(r -> BudgetVocabulary.squeeze(r.label()).contains("合计")).findFirst()
                .orElse(rows.stream().filter(TableRow::total).findFirst().orElse(null));
        List<TableRow> codeRows = rows.stream().filter(r -> r.code() != null).toList();
        // the split memory does not change while total rows are placed: ask it once per column role
        codesKnownZero.clear();
        for (TableRow row : rows) {
            if (!row.total()) {
                continue;
            }
            if (direct(row, n)) {
                placed.put(row, directValues(row, n));
                continue;
            }
            List<int[]> options = ColumnPlacer.placements(row.amounts().size(), n);
            if (options.isEmpty()) {
                problems.add(Problem.error(row.line(), "table_unreadable", where + " line " + row.line() + ": row "
                        + row.label() + " has " + row.amounts().size() + " amounts for " + n + " columns"));
                continue;
            }
            // the evidence of each amount in each column, summed per placement: placements share them
            int[][] evidence = totalEvidence(row, codeRows);
            ToIntFunction<int[]> score = p -> {
                int sum = 0;
                for (int i = 0; i < p.length; i++) {
                    sum += evidence[i][p[i]];
                }
                return sum;
            };
            int[] best = ColumnPlacer.bestAlone(options, score);
            int bestScore = score.applyAsInt(best);
            long ties = options.stream().filter(p -> score.applyAsInt(p) == bestScore).count();
            if (ties > 1) {
                problems.add(Problem.warning(row.line(), "ambiguous_columns", where + " line " + row.line() + ": "
                        + row.label() + " amounts " + printed(row) + " fit " + ties + " column placements; chose "
                        + names(best)));
            }
            placed.put(row, aligned(row.amounts(), best, n));
        }
        Map<TableRow, List<TableRow>> children = new IdentityHashMap<>();
        List<TableRow> orphans = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            if (row.total()) {
                continue;
            }
            TableRow parent = parentOf(rows, i);
            if (parent == null) {
                parent = parentTotal;
            }
            if (parent == null) {
                orphans.add(row);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(row);
            }
        }
        List<TableRow> order = new ArrayList<>();
        if (parentTotal != null) {
            order.add(parentTotal);
        }
        rows.stream().filter(r -> !r.total()).forEach(order::add);
        for (TableRow parent : order) {
            List<TableRow> kids = children.getOrDefault(parent, List.of());
            if (!kids.isEmpty() && placed.containsKey(parent)) {
                placeFamily(valuesOf(placed.get(parent)), kids, placed, certain);
            } else if (!kids.isEmpty()) {
                orphans.addAll(kids);
            }
        }
        for (TableRow row : orphans) {
            List<int[]> options = direct(row, n) ? List.of() : ColumnPlacer.placements(row.amounts().size(), n);
            placed.put(row, direct(row, n) || options.isEmpty() ? directValues(row, n)
                    : aligned(row.amounts(), ColumnPlacer.bestAlone(options, p -> splitEvidence(row, p)), n));
        }
        List<PlacedRow> result = new ArrayList<>();
        for (TableRow row : rows) {
            if (placed.containsKey(row)) {
                PlacedRow placedRow = new PlacedRow(row, valuesOf(placed.get(row)), placed.get(row));
                result.add(placedRow);
                if (certain.getOrDefault(row, direct(row, n))) {
                    rememberSplit(row, placedRow.values());
                }
            }
        }
        new Reconciler(where, columns, tolerance, problems).repairAndCheck(result, children, parentTotal);
        return result;
    }

    private void placeFamily(BigDecimal[] parent, List<TableRow> kids, Map<TableRow, Amount[]> placed,
                             Map<TableRow, Boolean> certain) {
        int n = columns.size();
        List<List<Amount>> amounts = new ArrayList<>();
        List<List<int[]>> options = new ArrayList<>();
        List<ToIntFunction<int[]>> scores = new ArrayList<>();
        boolean anyInferred = false;
        for (TableRow kid : kids) {
            if (direct(kid, n)) {
                List<Amount> all = new ArrayList<>();
                List<Integer> cols = new ArrayList<>();
                for (int c = 0; c < kid.amounts().size() && c < n; c++) {
                    if (kid.amounts().get(c) != null) {
                        all.add(kid.amounts().get(c));
                        cols.add(c);
                    }
                }
                amounts.add(all);
                options.add(List.<int[]>of(cols.stream().mapToInt(Integer::intValue).toArray()));
            } else {
                anyInferred = true;
                amounts.add(kid.amounts());
                options.add(ColumnPlacer.placements(kid.amounts().size(), n));
            }
            scores.add(p -> splitEvidence(kid, p));
        }
        if (!anyInferred) {
            kids.forEach(kid -> placed.put(kid, directValues(kid, n)));
            return;
        }
        ColumnPlacer.FamilyChoice choice = ColumnPlacer.placeFamily(parent, amounts, options, scores, tolerance);
        for (int i = 0; i < kids.size(); i++) {
            TableRow kid = kids.get(i);
            placed.put(kid, aligned(amounts.get(i), choice.placements().get(i), n));
            certain.put(kid, direct(kid, n) || choice.unique());
        }
        if (!choice.unique()) {
            problems.add(Problem.warning(kids.get(0).line(), "ambiguous_columns", where + " lines "
                    + kids.get(0).line() + "-" + kids.get(kids.size() - 1).line() + ": columns of rows "
                    + kids.stream().map(TableRow::label).toList() + " could not be settled by their parent"
                    + (choice.addsUp() ? "; chose the best-evidenced placement" : "; no placement adds up")));
        }
    }

    private static TableRow parentOf(List<TableRow> rows, int index) {
        String parentCode = rows.get(index).parentCode();
        while (parentCode != null) {
            for (int j = index - 1; j >= 0; j--) {
                if (parentCode.equals(rows.get(j).code())) {
                    return rows.get(j);
                }
            }
            parentCode = parentCode.length() > 3 ? parentCode.substring(0, parentCode.length() - 2) : null;
        }
        return null;
    }

    private static boolean direct(TableRow row, int n) {
        return row.positional() || row.amounts().size() == n;
    }

    private static Amount[] directValues(TableRow row, int n) {
        Amount[] values = new Amount[n];
        for (int c = 0; c < n && c < row.amounts().size(); c++) {
            values[c] = row.amounts().get(c);
        }
        return values;
    }

    private static Amount[] aligned(List<Amount> amounts, int[] placement, int n) {
        Amount[] values = new Amount[n];
        for (int i = 0; i < placement.length; i++) {
            values[placement[i]] = amounts.get(i);
        }
        return values;
    }

    private static BigDecimal[] valuesOf(Amount[] amounts) {
        BigDecimal[] values = new BigDecimal[amounts.length];
        for (int c = 0; c < amounts.length; c++) {
            values[c] = amounts[c] == null ? null : amounts[c].placementValue();
        }
        return values;
    }

    /**
     * Narrative sentences that name a column and print the same amount (其他收入 558.50 万元): the
     * evidence, per amount of the row and column, for placing that amount in that column.
     */
    private int[][] totalEvidence(TableRow row, List<TableRow> codeRows) {
        int[][] evidence = new int[row.amounts().size()][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String[] levels = column.name().split("-");
            boolean knownZero = !codeRows.isEmpty() && codesKnownZero.computeIfAbsent(column.role(),
                    role -> codeRows.stream().allMatch(r -> memory.knownZero(r.code(), role)));
            for (int i = 0; i < row.amounts().size(); i++) {
                String printed = row.amounts().get(i).printed();
                for (String level : levels) {
                    if (narrative.contains(level + printed)) {
                        evidence[i][c] += 2;
                        break;
                    }
                }
                if (knownZero) {
                    evidence[i][c] -= 2;
                }
            }
        }
        return evidence;
    }


    private int splitEvidence(TableRow row, int[] placement) {
        int score = 0;
        for (int column : placement) {
            score += memory.score(row.code(), columns.get(column).role());
        }
        return score;
    }

    private void rememberSplit(TableRow row, BigDecimal[] values) {
        for (int c = 0; c < columns.size(); c++) {
            memory.remember(row.code(), columns.get(c).role(), values[c] == null || values[c].signum() == 0);
        }
    }

    private String names(int[] placement) {
        List<String> names = new ArrayList<>();
        for (int c : placement) {
            names.add(columns.get(c).name());
        }
        return names.toString();
    }

    private static String printed(TableRow row) {
        return row.amounts().stream().map(a -> a == null ? "" : a.printed()).toList().toString();
    }
}
