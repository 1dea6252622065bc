package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.budget.TableHeader.Column;
import org.medinsure.warehouse.ingest.budget.TableHeader.Side;
import org.medinsure.warehouse.ingest.layout.AlignedTextReader;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.CellPerLineReader;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;
import org.medinsure.warehouse.ingest.layout.LayoutClassifier;
import org.medinsure.warehouse.ingest.layout.SpaceJoinedReader;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.TableTotal;

/**
 * Reads one located table into facts: picks the layout reader, reads the header by its labels,
 * and interprets the rows as a classification table (codes), a summary table (收入 | 支出 sides,
 * no codes), an economic-classification table (totals only) or a budget-against-final table.
 */
final class TableInterpreter {
    private static final Pattern ENUMERATION = Pattern.compile("^[.…\\s]*(?:[一二三四五六七八九十]+、|\\d+、)?");
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\p{IsHan}（）()])\\s+(?=[\\p{IsHan}（）()])");
    private static final BigDecimal ROUNDING_YUAN = BigDecimal.valueOf(100); // 0.01 万元

    /** Facts of one table; pairs are budget/final column pairs for the narrative matcher. */
    record Facts(List<BudgetLine> lines, List<TableTotal> totals, List<PairFigure> pairs) {
    }

    private final BudgetVocabulary vocabulary;
    private final HeaderReader headerReader;
    private final RowReader rowReader;
    private final LayoutClassifier layouts = new LayoutClassifier();
    private final CellStreamRows cellStream;

    TableInterpreter(BudgetVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
        this.headerReader = new HeaderReader(vocabulary);
        this.rowReader = new RowReader(vocabulary);
        this.cellStream = new CellStreamRows(vocabulary);
    }

    Facts interpret(TableBlock block, String sourcePath, String stage, String narrative, SplitMemory memory,
                    List<Problem> problems) {
        String where = sourcePath + " " + block.title();
        Grid grid = layouts.readerFor(block.body(), compact -> false).read(block.body());
        boolean unmarked = !grid.rowsMarked() || grid.layout().equals(SpaceJoinedReader.NAME)
                || grid.layout().equals(AlignedTextReader.NAME);
        // one cell per line, rows unmarked: every line of it looks like a one-cell row of plain text
        Optional<Grid> cellStreamGrid = unmarked ? cellStream.regroup(grid, block.body()) : Optional.empty();
        if (cellStreamGrid.isPresent()) {
            grid = new Grid(CellPerLineReader.NAME, cellStreamGrid.get().rows(), true, true);
        } else if (grid.layout().equals(SpaceJoinedReader.NAME)) {
            grid = UnalignedRows.assemble(grid); // cells joined by single spaces: rows close at their amounts
        }
        List<GridRow> rows = grid.rows();
        if (rows.isEmpty()) {
            problems.add(Problem.error(block.titleLine(), "table_unreadable", where + " line " + block.titleLine()
                    + ": title found but no rows beneath it"));
            return new Facts(List.of(), List.of(), List.of());
        }
        if (!block.unitFound()) {
            problems.add(Problem.warning(block.titleLine(), "unit_assumed", where + " line " + block.titleLine()
                    + ": no 单位 line, amounts read as 万元"));
        }
        TableHeader header = headerReader.read(grid, block.title() + "\n" + block.bodyText());
        List<GridRow> data = rows.subList(Math.min(header.headerRows(), rows.size()), rows.size());
        if (!header.pairGroups().isEmpty()) {
            return PairTableReader.read(block, header, data, where, problems);
        }
        if (header.economic()) {
            return new Facts(List.of(), economicTotals(block, rows, grid.positional()), List.of());
        }
        if (header.sides().stream().allMatch(s -> s.columns().isEmpty())) {
            problems.add(Problem.error(block.titleLine(), "table_unreadable", where + " line " + block.titleLine()
                    + ": no amount column header recognised in " + BudgetVocabulary.squeeze(rows.get(0).joinedText())));
            return new Facts(List.of(), List.of(), List.of());
        }
        List<TableRow> tableRows = header.hasCodes() ? rowReader.codeRows(data, grid.positional(), header)
                : rowReader.segmentRows(data, grid.positional(), header);
        BigDecimal tolerance = ROUNDING_YUAN.divide(block.yuanPerUnit());
        List<BudgetLine> lines = new ArrayList<>();
        List<TableTotal> totals = new ArrayList<>();
        boolean twoSided = header.sides().size() > 1;
        for (int s = 0; s < header.sides().size(); s++) {
            final int sideIndex = s;
            Side side = header.sides().get(s);
            List<TableRow> sideRows = tableRows.stream().filter(r -> r.side() == sideIndex && r.hasAmount()).toList();
            if (side.columns().isEmpty()) {
                continue;
            }
            if (sideRows.isEmpty()) {
                List<TableRow> blank = new ArrayList<>(tableRows.stream().filter(r -> r.side() == sideIndex).toList());
                if (blank.isEmpty() && !twoSided) {
                    gluedTotal(rows).ifPresent(blank::add);
                }
                totals.addAll(blankTotals(block, side, twoSided, blank));
                continue;
            }
            boolean linesSide = header.hasCodes() || (twoSided && "支出".equals(side.name()));
            List<TableRow> placeable = linesSide ? sideRows : sideRows.stream().filter(TableRow::total).toList();
            List<PlacedRow> placed = new SidePlacer(where, side.columns(), narrative, memory, tolerance, problems)
                    .place(placeable);
            for (PlacedRow row : placed) {
                if (row.row().total()) {
                    totals.addAll(totals(block, side, twoSided, row));
                } else {
                    BudgetLine line = line(block, stage, side, row);
                    // figures read from their columns are what the document prints, even where they do not
                    // add up (a misprint: the checks report it); figures placed by their sum are only
                    // placed when they add up
                    if (row.row().positional() || addsUp(line, tolerance.multiply(block.yuanPerUnit()))) {
                        lines.add(line);
                    } else {
                        problems.add(Problem.error(line.sourceLine(), "row_does_not_add_up", where + " line "
                                + line.sourceLine() + ": " + line.functionName() + " read as total " + plain(line.totalYuan())
                                + " = basic " + plain(line.basicYuan()) + " + project " + plain(line.projectYuan())
                                + " yuan, which does not add up; the row's figures cannot be placed and it is not read"));
                    }
                }
            }
        }
        return new Facts(lines, totals, List.of());
    }

    private List<TableTotal> totals(TableBlock block, Side side, boolean twoSided, PlacedRow row) {
        List<TableTotal> totals = new ArrayList<>();
        for (int c = 0; c < side.columns().size(); c++) {
            Column column = side.columns().get(c);
            // a side with one amount column (项目 | 本年预算) has nothing but headline totals
            if (row.values()[c] != null && (column.headline() || side.columns().size() == 1)) {
                totals.add(new TableTotal(row.row().line(), block.title(), BudgetVocabulary.squeeze(row.row().label()),
                        twoSided ? side.name() : null, column.name(), yuan(block, row.values()[c])));
            }
        }
        return totals;
    }

    /**
     * A table printed empty (本表为空表) still prints its total row: read as a total without an
     * amount under the side's first total column, so that the table is known to be present and empty.
     */
    private List<TableTotal> blankTotals(TableBlock block, Side side, boolean twoSided, List<TableRow> rows) {
        // a header word the vocabulary knows first: a total word glued to another header cell is no column
        Column headline = side.columns().stream()
                .filter(column -> column.role().equals("total") && vocabulary.is("column", column.leaf())).findFirst()
                .or(() -> side.columns().stream().filter(column -> vocabulary.is("column", column.leaf())).findFirst())
                .orElse(side.columns().get(0));
        return rows.stream().filter(TableRow::total)
                .map(row -> new TableTotal(row.line(), block.title(), BudgetVocabulary.squeeze(row.label()),
                        twoSided ? side.name() : null, headline.name(), null))
                .toList();
    }

    /**
     * In a table printed empty and without figures to set its columns, the lone 合计 line is read as
     * the tail of the header cell above it: the last piece of a cell, on the table's last line, that
     * is a total label alone is that total row.
     */
    private java.util.Optional<TableRow> gluedTotal(List<GridRow> rows) {
        int lastLine = rows.stream().mapToInt(GridRow::lastLine).max().orElse(-1);
        for (GridRow row : rows) {
            for (Cell cell : row.cells()) {
                if (cell.isBlank() || cell.pieces().size() < 2) {
                    continue;
                }
                String piece = BudgetVocabulary.squeeze(cell.pieces().get(cell.pieces().size() - 1));
                int line = cell.lines().get(cell.lines().size() - 1);
                if (line == lastLine && vocabulary.is("total_row", piece)) {
                    return java.util.Optional.of(new TableRow(line, null, piece, 0, List.of(), true, true));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private BudgetLine line(TableBlock block, String stage, Side side, PlacedRow row) {
        BigDecimal total = null;
        BigDecimal basic = null;
        BigDecimal project = null;
        Map<String, BigDecimal> other = new HashMap<>();
        for (int c = 0; c < side.columns().size(); c++) {
            Column column = side.columns().get(c);
            BigDecimal value = row.values()[c];
            if (value == null) {
                continue;
            }
            BigDecimal inYuan = yuan(block, value);
            switch (column.role()) {
                case "total" -> {
                    if (total == null) {
                        total = inYuan;
                    } else {
                        other.put(column.name(), inYuan);
                    }
                }
                case "basic" -> basic = basic == null ? inYuan : basic;
                case "project" -> project = project == null ? inYuan : project;
                default -> other.put(column.name(), inYuan);
            }
        }
        if (total == null && side.columns().size() == 1 && !other.isEmpty()) {
            total = other.remove(side.columns().get(0).name()); // a side's only amount column is its total (决算数)
        }
        return new BudgetLine(row.row().line(), stage, block.title(), row.row().code(), name(row.row()), total, basic,
                project, other, null);
    }

    /** A line whose total, basic and project amounts were all placed: the total is their sum (a blank is zero). */
    private static boolean addsUp(BudgetLine line, BigDecimal toleranceYuan) {
        if (line.totalYuan() == null || line.basicYuan() == null && line.projectYuan() == null) {
            return true;
        }
        BigDecimal parts = (line.basicYuan() == null ? BigDecimal.ZERO : line.basicYuan())
                .add(line.projectYuan() == null ? BigDecimal.ZERO : line.projectYuan());
        return line.totalYuan().subtract(parts).abs().compareTo(toleranceYuan) <= 0;
    }

    private static String plain(BigDecimal yuan) {
        return yuan == null ? "blank" : yuan.toPlainString();
    }

    /** Names keep the table's own words and brackets; PDF gaps between Chinese characters go. */
    private static String name(TableRow row) {
        String name = CJK_GAP.matcher(row.label().strip()).replaceAll("");
        return row.code() == null ? ENUMERATION.matcher(name).replaceFirst("") : name;
    }

    private static BigDecimal yuan(TableBlock block, BigDecimal value) {
        return value.multiply(block.yuanPerUnit());
    }

    /** The longest label that ends the text (the first of equal length), null when none does; a loop, run per cell. */
    private static String longestEnding(String text, List<BudgetVocabulary.Entry> entries) {
        String longest = null;
        for (BudgetVocabulary.Entry entry : entries) {
            if (text.endsWith(entry.label()) && (longest == null || entry.label().length() > longest.length())) {
                longest = entry.label();
            }
        }
        return longest;
    }

    /**
     * Economic-classification tables (科目编码 | 科目名称 | 合计, or 人员经费 | 公用经费 side by side):
     * only their total rows are read, each amount under the header printed above it. A bare 合计 is
     * the table's total only as a row's first cell; beside other cells it may close one side. Only
     * a grid placed by position has a header above each amount.
     */
    private List<TableTotal> economicTotals(TableBlock block, List<GridRow> rows, boolean positional) {
        List<TableTotal> totals = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            boolean first = true;
            for (int i = 0; i + 1 < cells.size(); i++) {
                if (cells.get(i).isBlank()) {
                    continue;
                }
                String text = BudgetVocabulary.squeeze(cells.get(i).text());
                // a wrapped name before it may have run into the label: 其他支出人员经费合计
                String label = longestEnding(text, vocabulary.entries("total_row"));
                boolean opensRow = first;
                first = false;
                if (label == null || label.length() <= 2 && !(opensRow && label.equals(text))) {
                    continue;
                }
                // the row's figures up to the next label: 合计 under 合计, 人员经费 and 公用经费
                for (int at = nextFilled(cells, i + 1); at >= 0; at = nextFilled(cells, at + 1)) {
                    java.util.Optional<Amount> amount = Amount.parse(cells.get(at).text());
                    if (amount.isEmpty()) {
                        break;
                    }
                    if (!amount.get().malformed()) {
                        totals.add(new TableTotal(cells.get(at).firstLine(), block.title(), label, null,
                                positional ? headerAbove(rows, r, at) : null, yuan(block, amount.get().value())));
                    }
                    if (!positional) {
                        break; // without positions only the first figure has a known column
                    }
                }
            }
        }
        return totals;
    }

    private static int nextFilled(List<Cell> cells, int from) {
        for (int i = from; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest text above a cell that is no figure: its column's header, or null. */
    private static String headerAbove(List<GridRow> rows, int row, int column) {
        for (int r = row - 1; r >= 0; r--) {
            List<Cell> cells = rows.get(r).cells();
            if (column < cells.size() && !cells.get(column).isBlank()
                    && Amount.parse(cells.get(column).text()).isEmpty()) {
                return BudgetVocabulary.squeeze(cells.get(column).text());
            }
        }
        return null;
    }
}
