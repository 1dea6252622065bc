package org.medinsure.warehouse.ingest.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.budget.TableHeader.Column;
import org.medinsure.warehouse.ingest.budget.TableHeader.Side;
import org.medinsure.warehouse.ingest.layout.AlignedTextReader;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;

/**
 * Reads a table's header by its labels. Tab headers keep positions, so each column's header levels
 * are stacked top-down (a merged group cell is carried right over the sub-headers beneath it).
 * PDF text loses positions and wraps labels, so its header is read as one run of text scanned for
 * known labels (longest first), counted against the column-number row (栏次 1 2 3 …), and groups
 * (本年支出 over 小计 / 基本支出 / 项目支出) are rebuilt from what is left over.
 */
final class HeaderReader {
    /** Cells of a column-number row that are not numbers: {@code ***}, {@code 栏次}. */
    private static final Pattern NUMBERING_LABEL = Pattern.compile("[*]+|栏\\s*次");
    /** The values of the vocabulary's {@code side} kind. */
    private static final String SIDE_INCOME = "收入";
    private static final String SIDE_EXPENDITURE = "支出";
    private final BudgetVocabulary vocabulary;

    HeaderReader(BudgetVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    }

    TableHeader read(Grid grid, String blockText) {
        List<GridRow> rows = grid.rows();
        int numbering = numberingRow(rows, grid.positional());
        int headerRows = numbering >= 0 ? numbering + 1 : firstAmountRow(rows);
        boolean economic = vocabulary.containsAny("economic_header", blockText);
        if (!rows.isEmpty() && grid.positional()) {
            return readTab(rows.subList(0, numbering >= 0 ? numbering : headerRows), headerRows, economic,
                    !grid.layout().equals(AlignedTextReader.NAME));
        }
        return SpaceHeaderReader.read(vocabulary, rows.subList(0, headerRows), headerRows, economic);
    }

    /** A row of column numbers (1 2 3 …, possibly as 栏次 1 栏次 2 3 4): the end of a header. */
    static int numberingRow(List<GridRow> rows, boolean positional) {
        for (int r = 0; r < Math.min(rows.size(), 8); r++) {
            List<Integer> numbers = new ArrayList<>();
            boolean ok = true;
            for (Cell cell : rows.get(r).cells()) {
                if (cell.isBlank()) {
                    continue;
                }
                if (isColumnNumber(cell.text())) {
                    numbers.add(Integer.parseInt(cell.text()));
                } else if (!positional || NUMBERING_LABEL.matcher(cell.text()).matches()) {
                    continue;
                } else {
                    ok = false;
                }
            }
            if (ok && numbers.size() >= 2 && isSequence(numbers)) {
                return r;
            }
        }
        return -1;
    }

    /** One or two ASCII digits, as {@code text.matches("\\d{1,2}")}, without compiling a regex per cell. */
    static boolean isColumnNumber(String text) {
        int length = text.length();
        return (length == 1 || length == 2) && isAsciiDigit(text.charAt(0)) && isAsciiDigit(text.charAt(length - 1));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSequence(List<Integer> numbers) {
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i) != i + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first row with an amount; in a table printed empty, its total row (合计 alone on its row),
     * so that the header does not swallow it.
     */
    private int firstAmountRow(List<GridRow> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (Cell cell : rows.get(r).cells()) {
                if (Amount.parse(cell.text()).isPresent()) {
                    return r;
                }
            }
        }
        for (int r = rows.size() - 1; r > 0; r--) {
            List<Cell> filled = rows.get(r).filledCells();
            if (filled.size() == 1 && vocabulary.is("total_row", BudgetVocabulary.squeeze(filled.get(0).text()))) {
                return r;
            }
        }
        return rows.size();
    }

    private TableHeader readTab(List<GridRow> header, int headerRows, boolean economic, boolean carryGroups) {
        int width = header.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        String[][] filled = new String[header.size()][width];
        boolean[][] merged = new boolean[header.size()][width];
        for (int r = 0; r < header.size(); r++) {
            for (int c = 0; c < width; c++) {
                Cell cell = c < header.get(r).cells().size() ? header.get(r).cells().get(c) : null;
                // a structured source states its merged cells: a covered position names its group
                String text = cell == null ? "" : cell.isCovered() ? cell.mergedText() : cell.text();
                merged[r][c] = cell != null && (cell.isCovered() || cell.colSpan() > 1 || cell.rowSpan() > 1);
                if (!text.isBlank() && !isMetadata(text)) {
                    filled[r][c] = BudgetVocabulary.squeeze(text);
                } else if (carryGroups && c > 0 && filled[r][c - 1] != null && hasBelow(header, r, c)
                        && !vocabulary.is("label_header", filled[r][c - 1])
                        && !vocabulary.is("code_header", filled[r][c - 1])
                        && !wrapsInItsColumn(header, r, c - 1, filled[r][c - 1])) {
                    // a merged group cell spans the sub-headers beneath; a row-label header (项目) never
                    // spans the amount columns
                    filled[r][c] = filled[r][c - 1];
                }
            }
        }
        List<Side> sides = new ArrayList<>();
        List<Integer> codeIndexes = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        String sideName = null;
        String[] sideLabels = new String[width];
        int labelIndex = -1;
        boolean rowNumber = false;
        for (int c = 0; c < width; c++) {
            List<String> path = new ArrayList<>();
            String columnSide = null;
            String kind = "column";
            boolean lastMerged = false;
            for (int r = 0; r < header.size(); r++) {
                String label = filled[r][c];
                if (label == null || (!path.isEmpty() && path.get(path.size() - 1).equals(label))) {
                    continue;
                }
                if (!path.isEmpty() && !lastMerged && wraps(path.get(path.size() - 1), label)) {
                    // a header wrapped in a narrow column (本年支出合 / 计, 因公出 / 国（境） / 费): one label, not two levels
                    label = path.remove(path.size() - 1) + label;
                }
                lastMerged = merged[r][c];
                if (vocabulary.is("side", label)) {
                    columnSide = vocabulary.value("side", label).orElse(label);
                    sideLabels[c] = columnSide;
                } else if (vocabulary.is("code_header", label) || vocabulary.is("economic_header", label)) {
                    kind = "code";
                } else if (vocabulary.is("label_header", label)) {
                    kind = "label";
                } else if (vocabulary.is("row_number", label)) {
                    kind = "row_number";
                } else if (vocabulary.is("ignore_header", label)) {
                    kind = "ignore";
                } else if (!vocabulary.is("noise_level", label)) {
                    path.add(label);
                    if (vocabulary.is("column", label)) {
                        kind = "column"; // an amount column under a group named like a code column (功能分类 over 金额)
                    }
                }
            }
            switch (kind) {
                case "code" -> codeIndexes.add(c);
                case "label" -> {
                    if (labelIndex >= 0) {
                        sides.add(new Side(sideName, labelIndex, columns, rowNumber));
                        columns = new ArrayList<>();
                        rowNumber = false;
                    }
                    labelIndex = c;
                    sideName = columnSide;
                }
                case "row_number" -> rowNumber = true;
                case "ignore" -> { }
                default -> {
                    if (!path.isEmpty()) {
                        columns.add(column(String.join("-", path), c));
                    }
                }
            }
        }
        sides.add(new Side(sides.isEmpty() && columns.isEmpty() ? null : sideName, labelIndex, columns, rowNumber));
        nameSidesBySpan(sides, sideLabels);
        if (sides.size() == 1 && sides.get(0).name() != null) {
            sides.set(0, new Side(null, sides.get(0).labelIndex(), sides.get(0).columns(), sides.get(0).rowNumber()));
        }
        return new TableHeader(sides, !codeIndexes.isEmpty(), codeIndexes, economic, List.of(), headerRows);
    }

    /**
     * A side label (支出) centred over a side prints above one of its amount columns, not its label
     * column; a side with none over it (支出用途 beside 功能分类, both under one 支出) takes the name of
     * the next named side, or else of the one before it other than the first; one after a 收入 side
     * is else the 支出 side.
     */
    private static void nameSidesBySpan(List<Side> sides, String[] sideLabels) {
        if (sides.size() < 2) {
            return;
        }
        String[] names = new String[sides.size()];
        for (int s = 0; s < sides.size(); s++) {
            Side side = sides.get(s);
            int from = Math.max(side.labelIndex(), 0);
            int to = s + 1 < sides.size() ? sides.get(s + 1).labelIndex() : sideLabels.length;
            names[s] = side.name();
            for (int c = from; c < to && names[s] == null; c++) {
                names[s] = sideLabels[c];
            }
        }
        for (int s = 0; s < sides.size(); s++) {
            String name = names[s];
            for (int next = s + 1; next < sides.size() && name == null; next++) {
                name = names[next];
            }
            for (int before = s - 1; before >= 1 && name == null; before--) {
                name = names[before];
            }
            if (name == null && s > 0 && SIDE_INCOME.equals(names[0])) {
                name = SIDE_EXPENDITURE; // the sides of a 收支 table: what is not income is expenditure
            }
            Side side = sides.get(s);
            sides.set(s, new Side(name, side.labelIndex(), side.columns(), side.rowNumber()));
        }
    }

    /** A label whose tail is printed below it in its own column (本年支出合 / 计): no group to carry. */
    private boolean wrapsInItsColumn(List<GridRow> header, int r, int c, String label) {
        for (int below = r + 1; below < header.size(); below++) {
            List<Cell> cells = header.get(below).cells();
            String text = c < cells.size() ? BudgetVocabulary.squeeze(cells.get(c).text()) : "";
            if (!text.isEmpty()) {
                return wraps(label, text);
            }
        }
        return false;
    }

    /** Whether {@code tail}, printed under {@code head} in its column, continues it: together they are, or begin, a known label. */
    private boolean wraps(String head, String tail) {
        return isKnown(head + tail) || !isKnown(head) && vocabulary.beginsHeaderLabel(head + tail);
    }

    private boolean isKnown(String label) {
        return vocabulary.is("column", label) || vocabulary.is("label_header", label) || vocabulary.is("code_header", label)
                || vocabulary.is("side", label);
    }

    /** A label with its value (单位名称：…, 单位：万元) printed above the header names no column. */
    private static boolean isMetadata(String text) {
        return TableLocator.META_LABEL.matcher(BudgetVocabulary.squeeze(text)).matches();
    }

    private static boolean hasBelow(List<GridRow> header, int r, int c) {
        for (int below = r + 1; below < header.size(); below++) {
            List<Cell> cells = header.get(below).cells();
            if (c < cells.size() && !cells.get(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    Column column(String name, int index) {
        return column(vocabulary, name, index);
    }

    /** Role and headline status come from the leaf label; a 小计 takes the role of its group. */
    static Column column(BudgetVocabulary vocabulary, String name, int index) {
        String[] levels = name.split("-");
        String leaf = levels[levels.length - 1];
        String role = vocabulary.value("column", leaf)
                .orElse(vocabulary.suffix("column", leaf).map(BudgetVocabulary.Entry::value).orElse("other"));
        if (role.equals("total") && levels.length > 1) {
            String groupRole = vocabulary.value("column", levels[levels.length - 2]).orElse("other");
            if (groupRole.equals("basic") || groupRole.equals("project")) {
                role = groupRole;
            }
        }
        boolean headline = vocabulary.is("headline", leaf) || vocabulary.suffix("headline", leaf).isPresent();
        return new Column(name, role, headline, index);
    }
}
