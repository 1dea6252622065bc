package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;
import org.medinsure.warehouse.ingest.layout.LayoutClassifier;
import org.medinsure.warehouse.ingest.layout.MergedTotalLabel;
import org.medinsure.warehouse.ingest.layout.NumberedCellStream;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.money.MoneyUnit;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.TableTitles;

/**
 * Reads the allocation tables of a funds notice (关于下达…补助资金的通知, 附件 资金分配表): one row per
 * region or unit with its allocation, and often what was allocated earlier (已提前下达) and what this
 * notice allocates (本次下达). Every row becomes a budget line of stage {@code allocation} for its
 * region, under the expenditure code the notice books the funds under (支出列“2101301城乡医疗救助”);
 * the 合计 row becomes a total. Columns are found by their header words; other figures of a row
 * (参保人数, 补助标准) are not money. A row printed without columns is read only when it prints one
 * figure for each money column, or when its figures add up to one reading; any other row is
 * reported.
 */
final class AllocationTableReader {
    /** An expenditure code of the functional classification (类 2xx, 款, 项) followed by its name, quoted or not. */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?<!\\d)(2\\d{2}(?:\\d{2}){0,2})\\s*[“\"「『]?\\s*([\\u4e00-\\u9fa5]{2,20})");
    private static final int SUBJECT_WINDOW = 8;
    /** A link to the table as a download (分配表.xlsx) names the table; it is not its title. */
    private static final Pattern ATTACHED_FILE = Pattern.compile("\\.(xlsx?|docx?|pdf|wps|et|zip|rar)$",
            Pattern.CASE_INSENSITIVE);
    private final BudgetVocabulary vocabulary;
    private final LayoutClassifier layouts = new LayoutClassifier();

    AllocationTableReader(BudgetVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    }

    /** The lines and totals of the document's allocation tables. */
    record Result(List<BudgetLine> lines, List<TableTotal> totals) {
    }

    Result read(CleanText text, List<Problem> problems) {
        List<BudgetLine> lines = new ArrayList<>();
        List<TableTotal> totals = new ArrayList<>();
        String[] subject = subject(text);
        for (int start = 1; start <= text.size(); start++) {
            String title = text.line(start).text().strip();
            if (!isTitle(title)) {
                continue;
            }
            int end = start + 1;
            while (end <= text.size() && !endsTable(text.line(end).text())) {
                end++;
            }
            readTable(text, title, start, end, subject, lines, totals, problems);
            start = end - 1;
        }
        return new Result(lines, totals);
    }

    private boolean isTitle(String line) {
        String squeezed = BudgetVocabulary.squeeze(line).replace("*", "");
        return !squeezed.isEmpty() && squeezed.length() <= 60 && squeezed.indexOf('|') < 0
                && vocabulary.containsAny("allocation_title", squeezed) && !squeezed.contains("。")
                && !squeezed.startsWith("附件：") && !squeezed.startsWith("附件:") && !ATTACHED_FILE.matcher(squeezed).find();
    }

    /** A table ends at the next attachment, title or note. */
    private boolean endsTable(String line) {
        String squeezed = BudgetVocabulary.squeeze(line);
        return squeezed.startsWith("附件") || squeezed.startsWith("注：") || squeezed.startsWith("注:")
                || squeezed.startsWith("说明：") || isTitle(line) || squeezed.endsWith("绩效目标表");
    }

    /**
     * The expenditure code and name the notice books its funds under: the first 2xx code its text
     * names right after a subject word (支出列, 科目), else the first 2xx code it names at all;
     * {null, null} when it names none.
     */
    private String[] subject(CleanText text) {
        String whole = BudgetVocabulary.squeeze(text.joined());
        Matcher matcher = SUBJECT.matcher(whole);
        String[] first = {null, null};
        while (matcher.find()) {
            String before = whole.substring(Math.max(0, matcher.start() - SUBJECT_WINDOW), matcher.start());
            String[] found = {matcher.group(1), matcher.group(2).replaceAll("[”\"’】\\]]+.*", "")};
            if (vocabulary.containsAny("allocation_subject", before)) {
                return found;
            }
            if (first[0] == null) {
                first = found;
            }
        }
        return first;
    }

    private void readTable(CleanText text, String title, int start, int end, String[] subject, List<BudgetLine> lines,
                           List<TableTotal> totals, List<Problem> problems) {
        List<SourceLine> body = text.lines().subList(start, end - 1);
        Grid grid = layouts.readerFor(body, compact -> false).read(body);
        String cleanTitle = TableTitles.withoutNumber(title.replace("*", ""));
        BigDecimal factor = factor(body);
        int headerRow = -1;
        Map<Integer, String> roles = Map.of();
        int regionColumn = -1;
        for (int r = 0; r < grid.rows().size() && headerRow < 0; r++) {
            Map<Integer, String> found = roles(grid.rows().get(r));
            int region = regionColumn(grid.rows().get(r));
            if (region >= 0 && found.containsValue("amount")) {
                headerRow = r;
                roles = found;
                regionColumn = region;
            }
        }
        if (headerRow < 0) {
            Optional<Grid> cellPerLine = NumberedCellStream.regroup(body,
                    label -> !roles(new GridRow(List.of(Cell.of(label, 0)))).isEmpty()
                            || regionColumn(new GridRow(List.of(Cell.of(label, 0)))) == 0
                            || vocabulary.is("allocation_ordinal", label),
                    labels -> {
                        GridRow header = new GridRow(labels.stream().map(label -> Cell.of(label, 0)).toList());
                        return regionColumn(header) >= 0 && roles(header).containsValue("amount");
                    },
                    label -> vocabulary.is("total_row", label));
            if (cellPerLine.isPresent()) {
                grid = cellPerLine.get();
                headerRow = 0;
                roles = roles(grid.rows().get(0));
                regionColumn = regionColumn(grid.rows().get(0));
            }
        }
        if (headerRow < 0) {
            problems.add(Problem.error(start, "allocation_unreadable", text.at(start) + ": allocation table '"
                    + cleanTitle + "' has no header with a region column and an amount column"));
            return;
        }
        Map<Integer, String> names = names(grid.rows().get(headerRow));
        int firstData = headerRow + 1;
        while (firstData < grid.rows().size() && isSubHeader(grid.rows().get(firstData))) {
            GridRow sub = grid.rows().get(firstData);
            roles = new TreeMap<>(roles);
            roles.putAll(roles(sub)); // the lower header names the column: 其中 over 已提前下达 / 本次下达
            names(sub).forEach((column, leaf) -> names.merge(column, leaf,
                    (group, lower) -> group.equals(lower) ? group : group + "-" + lower));
            firstData++;
        }
        int width = grid.rows().get(headerRow).cells().size();
        boolean numbered = !names.isEmpty() && vocabulary.is("allocation_ordinal", names.values().iterator().next());
        for (int r = firstData; r < grid.rows().size(); r++) {
            GridRow row = grid.positional() ? (numbered ? withMergedLabel(grid.rows().get(r), width) : grid.rows().get(r))
                    : withoutNumber(grid.rows().get(r), numbered);
            Map<String, BigDecimal> amounts = grid.positional() ? byColumn(row, roles) : byOrder(row, roles);
            String region = grid.positional() ? regionOrTotal(row, regionColumn) : label(row);
            if (region == null || region.isBlank() || amounts == null || amounts.isEmpty()) {
                if (!grid.positional() && row.filledCells().size() > 1 && amounts == null) {
                    problems.add(Problem.error(row.line(), "allocation_row_unreadable", text.at(row.line()) + ": row '"
                            + row.joinedText() + "' of allocation table '" + cleanTitle + "' prints its figures"
                            + " without columns and they add up to no single reading; not read"));
                }
                continue;
            }
            String squeezed = BudgetVocabulary.squeeze(region);
            Map<String, BigDecimal> yuan = new LinkedHashMap<>();
            amounts.forEach((role, value) -> yuan.put(role, value.multiply(factor)));
            if (vocabulary.is("total_row", squeezed) || squeezed.endsWith("小计")) {
                if (vocabulary.is("total_row", squeezed) && grid.positional()) {
                    for (Map.Entry<Integer, String> column : roles.entrySet()) {
                        Amount.parse(cellText(row, column.getKey()) == null ? "" : cellText(row, column.getKey()))
                                .filter(total -> !total.malformed())
                                .ifPresent(total -> totals.add(new TableTotal(row.line(), cleanTitle, squeezed, null,
                                        names.get(column.getKey()),
                                        total.value().multiply(factor))));
                    }
                } else if (vocabulary.is("total_row", squeezed)) {
                    // figures of a row without columns were placed by the order of the money columns
                    for (Map.Entry<Integer, String> column : roles.entrySet()) {
                        BigDecimal total = yuan.get(column.getValue());
                        if (total != null) {
                            totals.add(new TableTotal(row.line(), cleanTitle, squeezed, null,
                                    roles.size() == 1 ? null : names.get(column.getKey()), total));
                        }
                    }
                }
                continue;
            }
            Map<String, BigDecimal> other = new HashMap<>();
            if (yuan.containsKey("already")) {
                other.put("already", yuan.get("already"));
            }
            if (yuan.containsKey("this_time")) {
                other.put("this_time", yuan.get("this_time"));
            }
            BigDecimal amount = yuan.containsKey("amount") ? yuan.get("amount") : sum(yuan);
            lines.add(new BudgetLine(row.line(), "allocation", cleanTitle, subject[0], subject[1], amount, null, null,
                    other, region.strip()));
        }
    }

    /** A total row of a numbered table whose label was merged over 序号 and 地区 and printed as one cell, realigned. */
    private GridRow withMergedLabel(GridRow row, int width) {
        List<Cell> cells = MergedTotalLabel.realign(row.cells(), width,
                label -> vocabulary.is("total_row", BudgetVocabulary.squeeze(label)));
        return cells == row.cells() ? row : new GridRow(cells);
    }

    /**
     * The region cell of a row; for a total row whose label is merged over the 序号 and region
     * columns and stands in the first of them (the region cell blank), that label.
     */
    private String regionOrTotal(GridRow row, int regionColumn) {
        String region = cellText(row, regionColumn);
        if (region != null || row.filledCells().isEmpty()) {
            return region;
        }
        String first = row.filledCells().get(0).text();
        return vocabulary.is("total_row", BudgetVocabulary.squeeze(first)) ? first : null;
    }

    /** A row printed without columns under a 序号 header opens with its number, which is not a figure. */
    private static GridRow withoutNumber(GridRow row, boolean numbered) {
        List<Cell> filled = row.filledCells();
        if (!numbered || filled.size() < 2 || !filled.get(0).text().strip().matches("\\d{1,4}")) {
            return row;
        }
        return new GridRow(filled.subList(1, filled.size()));
    }

    /** The money columns of a header row, by position: amount, already or this_time. */
    private Map<Integer, String> roles(GridRow row) {
        Map<Integer, String> roles = new LinkedHashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String header = BudgetVocabulary.squeeze(row.cells().get(c).mergedText());
            String best = null;
            String bestWord = "";
            for (BudgetVocabulary.Entry entry : vocabulary.entries("allocation_column")) {
                if (header.contains(entry.label()) && entry.label().length() > bestWord.length()) {
                    best = entry.value();
                    bestWord = entry.label();
                }
            }
            if (best != null) {
                roles.put(c, best);
            }
        }
        return roles;
    }

    private static Map<Integer, String> names(GridRow row) {
        Map<Integer, String> names = new LinkedHashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String header = BudgetVocabulary.squeeze(row.cells().get(c).mergedText());
            if (!header.isEmpty()) {
                names.put(c, header);
            }
        }
        return names;
    }

    /** A second header row: money-column words only, no figures and no region. */
    private boolean isSubHeader(GridRow row) {
        boolean any = false;
        for (Cell cell : row.filledCells()) {
            if (Amount.parse(cell.text()).isPresent() || vocabulary.is("total_row", BudgetVocabulary.squeeze(cell.text()))) {
                return false;
            }
            any = true;
        }
        return any && !roles(row).isEmpty();
    }

    private int regionColumn(GridRow row) {
        for (int c = 0; c < row.cells().size(); c++) {
            String header = BudgetVocabulary.squeeze(row.cells().get(c).text());
            if (!header.isEmpty() && vocabulary.containsAny("allocation_region", header)
                    && roles(new GridRow(List.of(row.cells().get(c)))).isEmpty()) {
                return c;
            }
        }
        return -1;
    }

    private static Map<String, BigDecimal> byColumn(GridRow row, Map<Integer, String> roles) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> entry : roles.entrySet()) {
            Amount.parse(cellText(row, entry.getKey()) == null ? "" : cellText(row, entry.getKey()))
                    .filter(amount -> !amount.malformed())
                    .ifPresent(amount -> amounts.putIfAbsent(entry.getValue(), amount.value()));
        }
        return amounts;
    }

    /**
     * The figures of a row printed without columns, read when certain: one for each money column;
     * or, with amount, already and this_time columns and two figures, the pair whose first equals
     * the second (nothing allocated earlier). Null when they cannot be placed.
     */
    private static Map<String, BigDecimal> byOrder(GridRow row, Map<Integer, String> roles) {
        List<BigDecimal> figures = new ArrayList<>();
        for (Cell cell : row.filledCells()) {
            Amount.parse(cell.text()).filter(amount -> !amount.malformed()).ifPresent(amount -> figures.add(amount.value()));
        }
        List<String> order = new ArrayList<>(roles.values());
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        if (figures.isEmpty()) {
            return amounts;
        }
        if (figures.size() == order.size()) {
            for (int i = 0; i < figures.size(); i++) {
                amounts.putIfAbsent(order.get(i), figures.get(i));
            }
            return amounts;
        }
        if (figures.size() == 2 && order.equals(List.of("amount", "already", "this_time"))
                && figures.get(0).compareTo(figures.get(1)) == 0) {
            amounts.put("amount", figures.get(0));
            amounts.put("this_time", figures.get(1));
            return amounts;
        }
        return null;
    }

    /** The words of a row printed without columns, before its first figure. */
    private static String label(GridRow row) {
        StringBuilder label = new StringBuilder();
        for (Cell cell : row.filledCells()) {
            if (Amount.parse(cell.text()).isPresent()) {
                break;
            }
            label.append(cell.text());
        }
        return label.toString();
    }

    private static String cellText(GridRow row, int column) {
        if (column < 0 || column >= row.cells().size()) {
            return null;
        }
        String text = row.cells().get(column).text();
        return text.isBlank() ? null : text;
    }

    private static BigDecimal sum(Map<String, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Yuan per printed unit: the table's 单位 line, else the unit table's assumed unit. */
    private BigDecimal factor(List<SourceLine> body) {
        for (SourceLine line : body) {
            if (line.text().contains("单位")) {
                Optional<MoneyUnit> unit = vocabulary.money().labelUnit(line.text());
                if (unit.isPresent()) {
                    return unit.get().factor();
                }
            }
        }
        return vocabulary.money().assumed().factor();
    }
}
