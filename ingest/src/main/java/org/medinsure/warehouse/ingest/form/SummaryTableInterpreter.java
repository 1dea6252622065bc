package org.medinsure.warehouse.ingest.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;
import org.medinsure.warehouse.ingest.layout.MergedTotalLabel;
import org.medinsure.warehouse.ingest.layout.NumberedCellStream;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.money.Money;
import org.medinsure.warehouse.ingest.money.MoneyUnit;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.TableTitles;

/**
 * Reads a summary table (部门绩效自评结果汇总表, 项目支出绩效目标汇总表): one project per row, with its
 * name and its budget, and often what was executed, the execution rate, the self-evaluation score
 * and the funding sources (中央 / 省级 / 市级 / 县级). Columns are found by their header words, a
 * header printed over two rows (资金来源 over 中央 … 县级) stacked per column. Where the layout keeps
 * columns, cells are read under their headers; where empty cells were dropped, a row is read only
 * when it prints one figure for every figure column, and any other row is reported.
 * Amounts are in the table's {@code 单位：} unit, or in the unit a header names, else 万元 (said).
 */
final class SummaryTableInterpreter {
    /** Rows of a header at most: a title block above it is not header. */
    private static final int MAX_HEADER_ROWS = 3;
    private final FormVocabulary vocabulary;

    SummaryTableInterpreter(FormVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    }

    /** Money columns of a summary table: their totals are kept, rates, scores and numbers are not money. */
    private static final java.util.Set<String> MONEY = java.util.Set.of("budget", "executed", "central", "provincial",
            "municipal", "county");

    private static final java.util.regex.Pattern FOOTER_LABEL =
            java.util.regex.Pattern.compile("\\s*(?!其中)\\p{IsHan}{2,6}\\s*[：:]");
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[\\d,.]+%?");
    /** Rows of a summary add up to its total within one fen of 万元 (rounding of each row). */
    private static final BigDecimal SUM_TOLERANCE_YUAN = BigDecimal.valueOf(100);

    List<ProjectForm> read(CleanText text, FormSpan span, Grid grid, int firstIndex, List<Problem> problems,
                           List<TableTotal> totals) {
        String where = text.at(span.startLine());
        int headerRow = headerRow(grid);
        if (headerRow < 0) {
            Optional<Grid> cellPerLine = NumberedCellStream.regroup(
                    text.lines().subList(span.startLine() - 1, Math.min(span.endLine() - 1, text.size())),
                    label -> !roles(new GridRow(List.of(Cell.of(label, 0)))).isEmpty(),
                    labels -> headerRow(new Grid("cell_per_line",
                            List.of(new GridRow(labels.stream().map(label -> Cell.of(label, 0)).toList())), true, true)) == 0,
                    this::isTotal);
            if (cellPerLine.isPresent()) {
                grid = cellPerLine.get();
                headerRow = 0;
            }
        }
        if (headerRow < 0) {
            problems.add(Problem.warning(span.startLine(), "summary_without_amounts", where + ": summary table '"
                    + span.title() + "' has no header with a project name and a budget or executed column; its rows"
                    + " give no project amounts"));
            return List.of();
        }
        Map<Integer, String> roles = new LinkedHashMap<>(roles(grid.rows().get(headerRow)));
        Map<Integer, String> names = new LinkedHashMap<>(headers(grid.rows().get(headerRow)));
        int firstData = headerRow + 1;
        for (int r = headerRow + 1; r < grid.rows().size() && r <= headerRow + MAX_HEADER_ROWS; r++) {
            if (!isSubHeader(grid.rows().get(r))) {
                break;
            }
            roles(grid.rows().get(r)).forEach(roles::put); // the lower header names the column
            stack(names, headers(grid.rows().get(r)));
            firstData = r + 1;
        }
        String table = TableTitles.withoutNumber(span.title() == null ? "" : span.title());
        MoneyUnit unit = unit(grid, headerRow);
        MoneyUnit amountUnit = unit == null ? vocabulary.money().assumed() : unit;
        List<ProjectForm> forms = new ArrayList<>();
        List<Map<String, String>> read = new ArrayList<>();
        List<GridRow> totalRows = new ArrayList<>();
        int width = grid.rows().get(headerRow).cells().size();
        for (int r = firstData; r < grid.rows().size(); r++) {
            GridRow row = grid.rows().get(r);
            if (grid.positional() && "index".equals(roles.get(0))) { // the label spans 序号 and the name
                List<Cell> cells = MergedTotalLabel.realign(row.cells(), width, this::isTotal);
                row = cells == row.cells() ? row : new GridRow(cells);
            }
            if (isFooter(row)) {
                break; // 填报单位：…, 审核：… below the table
            }
            Map<String, String> cells = grid.positional() ? byColumn(row, roles) : byOrder(row, roles);
            String name = cells.get("name");
            if (isTotal(row.joinedText())) {
                if (grid.positional()) {
                    totals.addAll(totals(table, row, roles, names, amountUnit));
                } else {
                    totalRows.add(row);
                }
                continue;
            }
            if (name == null || vocabulary.isTableEnd(name)) {
                continue;
            }
            if (cells.isEmpty() || !cells.containsKey("budget") && !cells.containsKey("executed")) {
                if (!grid.positional() && row.filledCells().size() > 1) {
                    problems.add(Problem.error(row.line(), "summary_row_unreadable", text.at(row.line()) + ": row '"
                            + row.joinedText() + "' of summary table '" + span.title() + "' prints its amounts without"
                            + " columns and not one for each column; not read"));
                }
                continue;
            }
            read.add(cells);
            BigDecimal budget = amount(cells.get("budget"), amountUnit);
            BigDecimal executed = amount(cells.get("executed"), amountUnit);
            String rate = cells.get("rate");
            Double ratePct = rate == null ? null : Money.number(rate).map(BigDecimal::doubleValue).orElse(null);
            forms.add(new ProjectForm(firstIndex + forms.size(), row.line(), FormKind.SUMMARY,
                    IndicatorNames.normalize(name), null, null, null, cells.get("budget"), budget, null, executed,
                    ratePct, null, List.of(), unit == null ? null : unit.printed(), null));
        }
        for (GridRow row : totalRows) {
            totals.addAll(totalsBySums(table, row, read, roles, names, amountUnit));
        }
        if (!forms.isEmpty() && unit == null) {
            problems.add(Problem.warning(span.startLine(), "amount_unit_assumed",
                    where + ": summary table '" + span.title() + "' prints no unit; 万元 assumed"));
        }
        return forms;
    }

    /** A total row's figures under the money columns, each named by its header (资金来源-中央). */
    private List<TableTotal> totals(String table, GridRow row, Map<Integer, String> roles, Map<Integer, String> names,
                                    MoneyUnit unit) {
        List<TableTotal> totals = new ArrayList<>();
        String label = totalLabel(row);
        for (Map.Entry<Integer, String> entry : roles.entrySet()) {
            int column = entry.getKey();
            if (!MONEY.contains(entry.getValue()) || column >= row.cells().size()) {
                continue;
            }
            String text = row.cells().get(column).text();
            if (Money.number(text).isEmpty()) {
                continue;
            }
            totals.add(new TableTotal(row.line(), table, label, null, names.getOrDefault(column, entry.getValue()),
                    amount(text, unit)));
        }
        return totals;
    }

    /**
     * A total row printed without columns: each figure is the total of the money column whose rows,
     * as read, add up to it (合计 1404.30 1389.66 98.96% under 预算数 | 执行数 | 执行率 | 得分). A figure
     * that no column adds up to, or more than one does, is not read.
     */
    private List<TableTotal> totalsBySums(String table, GridRow row, List<Map<String, String>> read,
                                          Map<Integer, String> roles, Map<Integer, String> names, MoneyUnit unit) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        roles.forEach((column, role) -> {
            if (MONEY.contains(role) && !columns.containsKey(role)) {
                columns.put(role, column);
                BigDecimal sum = BigDecimal.ZERO;
                for (Map<String, String> cells : read) {
                    BigDecimal value = amount(cells.get(role), unit);
                    sum = value == null ? sum : sum.add(value);
                }
                sums.put(role, sum);
            }
        });
        List<TableTotal> found = new ArrayList<>();
        String label = totalLabel(row);
        for (Cell cell : row.filledCells()) {
            BigDecimal total = amount(cell.text(), unit);
            if (total == null || cell.text().contains("%")) {
                continue;
            }
            List<String> matching = sums.entrySet().stream()
                    .filter(sum -> sum.getValue().subtract(total).abs().compareTo(SUM_TOLERANCE_YUAN) <= 0)
                    .map(Map.Entry::getKey).toList();
            if (matching.size() == 1) {
                String role = matching.get(0);
                found.add(new TableTotal(row.line(), table, label, null,
                        names.getOrDefault(columns.get(role), role), total));
                sums.remove(role);
            }
        }
        return found;
    }

    /**
     * A line below the table naming who filled it in or checked it (填报单位：…, 审核：…): a short label
     * and its colon open its first cell, and no cell of it is a figure.
     */
    private boolean isFooter(GridRow row) {
        if (row.filledCells().isEmpty() || !FOOTER_LABEL.matcher(row.filledCells().get(0).text()).lookingAt()) {
            return false;
        }
        return row.filledCells().stream().noneMatch(cell -> FIGURE.matcher(cell.text().strip()).matches());
    }

    /** The row's label as printed, the pieces of a split 合  计 joined. */
    private static String totalLabel(GridRow row) {
        StringBuilder label = new StringBuilder();
        for (Cell cell : row.filledCells()) {
            if (Money.number(cell.text()).isPresent()) {
                break;
            }
            label.append(cell.text());
        }
        String squeezed = label.toString().replaceAll("\\s+", "");
        for (String word : new String[] {"合计", "总计", "小计", "共计"}) {
            if (squeezed.startsWith(word)) {
                return word;
            }
        }
        return squeezed;
    }

    /**
     * Puts a lower header row under the names above: each column is named by its path (资金来源-中央).
     * A group printed once over its first sub-header, not merged across the others (aligned text
     * keeps no spans), is carried right over the sub-headers that follow it under blank cells.
     */
    private static void stack(Map<Integer, String> names, Map<Integer, String> lower) {
        Map<Integer, String> upper = new LinkedHashMap<>(names);
        int width = Math.max(upper.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1),
                lower.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1)) + 1;
        String group = null;
        for (int c = 0; c < width; c++) {
            if (upper.containsKey(c)) {
                group = lower.containsKey(c) ? upper.get(c) : null;
            }
            String leaf = lower.get(c);
            if (leaf == null) {
                continue;
            }
            String above = upper.containsKey(c) ? upper.get(c) : group;
            names.put(c, above == null || above.equals(leaf) ? leaf : above + "-" + leaf);
        }
    }

    /** The header text of each filled cell of a header row, whitespace and annotations removed. */
    private Map<Integer, String> headers(GridRow row) {
        Map<Integer, String> headers = new LinkedHashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String text = vocabulary.compact(row.cells().get(c).mergedText());
            if (!text.isEmpty()) {
                headers.put(c, text);
            }
        }
        return headers;
    }

    /** The cells of a row under the roles of their columns (the first filled cell of each role). */
    private static Map<String, String> byColumn(GridRow row, Map<Integer, String> roles) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> entry : roles.entrySet()) {
            if (entry.getKey() < row.cells().size()) {
                String text = row.cells().get(entry.getKey()).text();
                if (!text.isBlank()) {
                    cells.putIfAbsent(entry.getValue(), text.strip());
                }
            }
        }
        return cells;
    }

    /**
     * The cells of a row printed without columns, read only when certain: a leading 序号, the name
     * in words, then exactly one figure for every figure column, in header order. Empty otherwise.
     */
    private static Map<String, String> byOrder(GridRow row, Map<Integer, String> roles) {
        List<String> figureRoles = roles.values().stream()
                .filter(role -> !role.equals("name") && !role.equals("index") && !role.equals("other")).toList();
        List<Cell> cells = row.filledCells();
        int at = 0;
        if (roles.containsValue("index") && !cells.isEmpty() && cells.get(0).text().matches("\\d{1,3}")) {
            at++;
        }
        StringBuilder name = new StringBuilder();
        // the name ends at the first cell that is a figure as a whole: 2023年城乡医疗救助资金 opens with a year
        while (at < cells.size() && !FIGURE.matcher(cells.get(at).text().strip()).matches()) {
            name.append(cells.get(at).text());
            at++;
        }
        List<String> figures = new ArrayList<>();
        for (int i = at; i < cells.size(); i++) {
            figures.add(cells.get(i).text());
        }
        Map<String, String> read = new LinkedHashMap<>();
        if (name.isEmpty()) {
            return read;
        }
        read.put("name", name.toString());
        if (figures.size() != figureRoles.size() || figures.stream().anyMatch(f -> Money.number(f).isEmpty())) {
            return read;
        }
        for (int i = 0; i < figures.size(); i++) {
            read.putIfAbsent(figureRoles.get(i), figures.get(i));
        }
        return read;
    }

    /** The first row naming a project column and a budget or executed column. */
    private int headerRow(Grid grid) {
        for (int r = 0; r < grid.rows().size(); r++) {
            Map<Integer, String> roles = roles(grid.rows().get(r));
            if (roles.containsValue("name") && (roles.containsValue("budget") || roles.containsValue("executed"))) {
                return r;
            }
        }
        return -1;
    }

    /** The summary roles of a row's cells by column; a covered cell takes its merged header's role. */
    private Map<Integer, String> roles(GridRow row) {
        Map<Integer, String> roles = new LinkedHashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String text = row.cells().get(c).mergedText();
            if (!text.isBlank()) {
                Optional<String> role = vocabulary.summaryColumn(vocabulary.compact(text));
                int column = c;
                role.ifPresent(found -> roles.put(column, found));
            }
        }
        return roles;
    }

    /** A header row below the header: only header words (中央, 省级 …) or blanks, no amounts. */
    private boolean isSubHeader(GridRow row) {
        boolean any = false;
        for (Cell cell : row.filledCells()) {
            if (Money.number(cell.text()).isPresent()
                    || vocabulary.summaryColumn(vocabulary.compact(cell.text())).isEmpty()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private BigDecimal amount(String text, MoneyUnit unit) {
        if (text == null) {
            return null;
        }
        return Money.number(text).map(number -> vocabulary.money().valueUnit(text).orElse(unit).toYuan(number)).orElse(null);
    }

    /** The table's unit: a 单位 line above the header, else a unit its headers name. */
    private MoneyUnit unit(Grid grid, int headerRow) {
        for (int r = 0; r <= headerRow; r++) {
            for (Cell cell : grid.rows().get(r).filledCells()) {
                String compact = cell.text().replaceAll("\\s+", "");
                int at = compact.indexOf("单位");
                if (at >= 0) {
                    Optional<MoneyUnit> unit = vocabulary.money().labelUnit(compact.substring(at));
                    if (unit.isPresent()) {
                        return unit.get();
                    }
                }
                if (r == headerRow) {
                    Optional<MoneyUnit> unit = vocabulary.money().labelUnit(cell.text());
                    if (unit.isPresent()) {
                        return unit.get();
                    }
                }
            }
        }
        return null;
    }

    /** A total row: its text opens with a summary_total label of form-labels.csv, whatever the spaces (合  计 splits in two cells). */
    private boolean isTotal(String rowText) {
        return vocabulary.isSummaryTotal(rowText);
    }
}
