package org.medinsure.warehouse.ingest.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.budget.TableHeader.Column;
import org.medinsure.warehouse.ingest.budget.TableHeader.Side;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;

/**
 * Reads grid rows into {@link TableRow}s. Code tables: a row is a code (split 208|01|07 or joined
 * 2080107) with its name and amounts, or a total row. Summary tables: a row holds one segment per
 * side, each a label (with 行次 in final-accounts tables) and its amounts; tab rows place amounts
 * by their offset from the label cell, because a label may span one cell or two.
 */
final class RowReader {
    private static final Pattern CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}");
    private static final Pattern CODE_PART = Pattern.compile("\\d{2,7}"); // 类|款|项 split, or joined in one cell

    private final BudgetVocabulary vocabulary;

    RowReader(BudgetVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    }

    boolean isTotalLabel(String label) {
        return vocabulary.is("total_row", label);
    }

    List<TableRow> codeRows(List<GridRow> rows, boolean positional, TableHeader header) {
        List<TableRow> result = new ArrayList<>();
        Side side = header.sides().get(0);
        String[] above = new String[header.codeIndexes().size()];
        for (GridRow row : rows) {
            TableRow read = positional ? tabCodeRow(row, header, side, above) : spaceCodeRow(row);
            if (read != null && (read.hasAmount() || read.total())) { // a blank total row: the table is printed empty
                result.add(read);
            }
        }
        return result;
    }

    /**
     * A row of a table with code columns. Where 类, 款 and 项 have a column each, a merged parent
     * code is printed only on its own row ({@code | 210 | | |}, then {@code | | 11 | |}): the parts
     * printed above stand for the blank ones to their left.
     */
    private TableRow tabCodeRow(GridRow asPrinted, TableHeader header, Side side, String[] above) {
        GridRow row = rightAlignedTotal(asPrinted, side);
        List<Integer> indexes = header.codeIndexes();
        String[] parts = new String[indexes.size()];
        int first = -1;
        for (int k = 0; k < indexes.size(); k++) {
            String part = cell(row, indexes.get(k));
            if (!part.isEmpty() && CODE_PART.matcher(part).matches()) {
                parts[k] = part;
                first = first < 0 ? k : first;
            }
        }
        if (indexes.size() > 1 && first > 0 && parts[first].length() == 2) {
            for (int k = 0; k < first; k++) {
                parts[k] = above[k];
            }
        }
        if (first >= 0) {
            System.arraycopy(parts, 0, above, 0, parts.length);
        }
        StringBuilder code = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                code.append(part);
            }
        }
        String printed = splitCode(row.filledCells());
        if (printed != null && printed.length() > code.length()) {
            code = new StringBuilder(printed); // 类, 款 and 项 in columns the header did not mark
        }
        String label = side.labelIndex() >= 0 ? label(row, side.labelIndex()) : "";
        if (label.isEmpty()) {
            label = offColumnTotal(row, side);
        }
        boolean total = isTotalLabel(label);
        if (!total && !CODE.matcher(code).matches()) {
            return null; // header repeats, unit rows that restate the total, notes
        }
        List<Amount> amounts = new ArrayList<>();
        for (Column column : side.columns()) {
            amounts.add(Amount.parse(cell(row, column.index())).orElse(null));
        }
        return new TableRow(row.line(), total ? null : code.toString(), label, 0, amounts, true, total);
    }

    /**
     * A code printed in parts at the start of a row, {@code 208 05 05} for 2080505: a 类 of three
     * digits, then one or two cells of exactly two digits before the name. Null when the row does
     * not start so.
     */
    static String splitCode(List<Cell> cells) {
        if (cells.isEmpty() || !cells.get(0).text().matches("\\d{3}")) {
            return null;
        }
        StringBuilder code = new StringBuilder(cells.get(0).text());
        for (int i = 1; i < cells.size() && i <= 2 && cells.get(i).text().matches("\\d{2}"); i++) {
            code.append(cells.get(i).text());
        }
        return code.length() > 3 && cells.size() > 1 + (code.length() - 3) / 2 ? code.toString() : null;
    }

    private TableRow spaceCodeRow(GridRow row) {
        List<Cell> cells = row.cells();
        if (cells.isEmpty()) {
            return null;
        }
        String code = null;
        int start = 0;
        String split = splitCode(cells);
        if (split != null && split.length() > 3) {
            code = split;
            start = 1 + (split.length() - 3) / 2;
        } else if (CODE.matcher(cells.get(0).text()).matches() && cells.size() > 1
                && !SpaceTextLike.isNumber(cells.get(1))) {
            code = cells.get(0).text();
            start = 1;
        }
        if (start >= cells.size() || SpaceTextLike.isNumber(cells.get(start))) {
            return null;
        }
        String label = cells.get(start).text();
        boolean total = code == null && isTotalLabel(label);
        if (code == null && !total) {
            return null;
        }
        List<Amount> amounts = new ArrayList<>();
        for (int i = start + 1; i < cells.size(); i++) {
            Amount.parse(cells.get(i).text()).ifPresent(amounts::add);
        }
        return new TableRow(row.line(), code, label, 0, amounts, false, total);
    }

    List<TableRow> segmentRows(List<GridRow> rows, boolean positional, TableHeader header) {
        List<TableRow> result = new ArrayList<>();
        for (GridRow row : rows) {
            List<TableRow> segments = positional ? tabSegments(row, header) : spaceSegments(row, header);
            result.addAll(segments);
        }
        List<GridRow> figuresAlone = rows.stream().filter(row -> !row.filledCells().isEmpty()
                && row.filledCells().stream().allMatch(SpaceTextLike::isNumber)).toList();
        boolean noAmounts = result.stream().allMatch(row -> row.amounts().stream().allMatch(java.util.Objects::isNull));
        if (positional && noAmounts && figuresAlone.size() == 1) {
            unlabelledTotal(figuresAlone.get(0), header).ifPresent(result::add);
        }
        return result;
    }

    /**
     * A table whose only row of figures prints no label (支出预算总表 as 合计 | 基本支出 | 项目支出 over
     * one row, a 三公 table, perhaps with a note below): that row is the table's total, labelled by its
     * total column's header.
     */
    private static java.util.Optional<TableRow> unlabelledTotal(GridRow row, TableHeader header) {
        Side side = header.sides().get(0);
        java.util.Optional<Column> total = side.columns().stream().filter(column -> column.role().equals("total")).findFirst();
        if (total.isEmpty() || row.filledCells().stream().anyMatch(cell -> !SpaceTextLike.isNumber(cell))) {
            return java.util.Optional.empty();
        }
        List<Amount> amounts = new ArrayList<>();
        for (Column column : side.columns()) {
            amounts.add(column.index() < row.cells().size()
                    ? Amount.parse(row.cells().get(column.index()).text()).orElse(null) : null);
        }
        if (amounts.stream().allMatch(java.util.Objects::isNull)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new TableRow(row.line(), null, total.get().leaf(), 0, amounts, true, true));
    }

    private List<TableRow> tabSegments(GridRow row, TableHeader header) {
        List<TableRow> segments = new ArrayList<>();
        List<Cell> cells = row.cells();
        int i = 0;
        while (i < cells.size()) {
            if (cells.get(i).isBlank() || SpaceTextLike.isNumber(cells.get(i))) {
                i++;
                continue;
            }
            int labelIndex = i;
            while (labelIndex + 1 < cells.size() && !cells.get(labelIndex + 1).isBlank()
                    && !SpaceTextLike.isNumber(cells.get(labelIndex + 1))) {
                labelIndex++; // group cell + label cell: the label is the last text cell
            }
            String label = cells.get(labelIndex).text();
            int sideIndex = sideOf(header, label, segments.size(), labelIndex, true);
            Side side = header.sides().get(sideIndex);
            List<Amount> amounts = new ArrayList<>();
            int last = labelIndex;
            for (Column column : side.columns()) {
                int at = labelIndex + (column.index() - Math.max(side.labelIndex(), 0));
                amounts.add(at < cells.size() ? Amount.parse(cells.get(at).text()).orElse(null) : null);
                last = Math.max(last, Math.min(at, cells.size() - 1));
            }
            int figure = nextFigure(cells, labelIndex);
            int owner = figure < 0 || amounts.stream().anyMatch(java.util.Objects::nonNull) ? -1 : sideWithColumn(header, figure);
            if (owner >= 0) {
                // a label printed off its side's label column (支出合计 centred across 功能分类 and 支出用途):
                // its figures stand under their own columns, and those name its side
                sideIndex = owner;
                side = header.sides().get(owner);
                amounts.clear();
                for (Column column : side.columns()) {
                    amounts.add(column.index() < cells.size() ? Amount.parse(cells.get(column.index()).text()).orElse(null) : null);
                    last = Math.max(last, Math.min(column.index(), cells.size() - 1));
                }
            }
            segments.add(new TableRow(cells.get(labelIndex).firstLine(), null, label, sideIndex, amounts, true,
                    isTotalLabel(label)));
            i = last + 1;
        }
        return segments;
    }

    /** A label with its 行次 and amounts, while a PDF row is being split into sides. */
    private static final class Segment {
        private final String label;
        private final int line;
        private boolean numbered;
        private final List<Amount> amounts = new ArrayList<>();

        Segment(String label, int line) {
            this.label = label;
            this.line = line;
        }
    }

    private List<TableRow> spaceSegments(GridRow row, TableHeader header) {
        boolean rowNumber = header.sides().stream().anyMatch(Side::rowNumber);
        List<Segment> parts = new ArrayList<>();
        for (Cell cell : row.cells()) {
            Segment last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (!SpaceTextLike.isNumber(cell)) {
                parts.add(new Segment(cell.text(), cell.firstLine()));
            } else if (rowNumber && HeaderReader.isColumnNumber(cell.text())) {
                // an integer in a 行次 table is a row number; a second one opens an unlabelled segment
                if (last == null || last.numbered || !last.amounts.isEmpty()) {
                    last = new Segment("", cell.firstLine());
                    parts.add(last);
                }
                last.numbered = true;
            } else {
                if (last == null) {
                    last = new Segment("", cell.firstLine());
                    parts.add(last);
                }
                Amount.parse(cell.text()).ifPresent(last.amounts::add);
            }
        }
        List<TableRow> segments = new ArrayList<>();
        int labelled = 0;
        for (Segment part : parts) {
            if (part.label.isBlank()) {
                continue;
            }
            int sideIndex = sideOf(header, part.label, labelled++, -1, false);
            segments.add(new TableRow(part.line, null, part.label, sideIndex, part.amounts, false,
                    isTotalLabel(part.label)));
        }
        if (segments.size() == 2 && header.sides().size() == 2) {
            // two labels on one printed row: left is 收入, right is 支出, whatever the words say
            segments.set(0, withSide(segments.get(0), 0));
            segments.set(1, withSide(segments.get(1), 1));
        }
        return segments;
    }

    private static TableRow withSide(TableRow row, int side) {
        return new TableRow(row.line(), row.code(), row.label(), side, row.amounts(), row.positional(), row.total());
    }

    /** Which side a label sits on: its order on the row, its cell, or its words (…支出, 本年收入合计). */
    private int sideOf(TableHeader header, String label, int order, int cellIndex, boolean tab) {
        if (header.sides().size() < 2) {
            return 0;
        }
        String squeezed = BudgetVocabulary.squeeze(label);
        String totalSide = vocabulary.value("total_row", squeezed).orElse("");
        if (order >= 1) {
            return 1;
        }
        if (tab && cellIndex >= header.sides().get(1).labelIndex() && header.sides().get(1).labelIndex() > 0
                && totalSide.isEmpty()) {
            return 1;
        }
        if (totalSide.equals("支出") || (totalSide.isEmpty() && squeezed.endsWith("支出"))) {
            return 1;
        }
        return 0;
    }

    /**
     * A total label centred over the code and name columns lands in neither: any cell left of the
     * amounts holding a total label alone is the row's label; "" if none.
     */
    /**
     * A total row whose label cell spans the code and name columns is printed by Word-to-text
     * extraction as one cell: {@code 合计⇥5302.82⇥483.83⇥4818.99} under a five-column header. When
     * a row starts with a total label, holds nothing but figures after it and is short of the
     * side's last column, its figures are placed in the last columns, where they were printed.
     */
    private GridRow rightAlignedTotal(GridRow row, Side side) {
        List<Cell> cells = row.cells();
        int width = side.columns().stream().mapToInt(Column::index).max().orElse(-1) + 1;
        if (cells.size() < 2 || cells.size() >= width || !isTotalLabel(cells.get(0).text().strip())) {
            return row;
        }
        List<Cell> figures = cells.subList(1, cells.size());
        if (!figures.stream().allMatch(cell -> cell.isBlank() || SpaceTextLike.isNumber(cell))) {
            return row;
        }
        List<Cell> aligned = new ArrayList<>();
        aligned.add(cells.get(0));
        for (int i = 1; i < width - figures.size(); i++) {
            aligned.add(Cell.of("", row.line()));
        }
        aligned.addAll(figures);
        return new GridRow(aligned, row.prose());
    }

    private String offColumnTotal(GridRow row, Side side) {
        int firstAmount = side.columns().stream().mapToInt(Column::index).min().orElse(row.cells().size());
        for (int i = 0; i < Math.min(firstAmount, row.cells().size()); i++) {
            String text = row.cells().get(i).text().strip();
            if (!text.isEmpty() && !row.cells().get(i).isCovered() && isTotalLabel(text)) {
                return text;
            }
        }
        return "";
    }

    /** The first figure after a label, before the next label; -1 if none. */
    private static int nextFigure(List<Cell> cells, int labelIndex) {
        for (int i = labelIndex + 1; i < cells.size(); i++) {
            if (SpaceTextLike.isNumber(cells.get(i))) {
                return i;
            }
            if (!cells.get(i).isBlank()) {
                return -1;
            }
        }
        return -1;
    }

    /** The side with an amount column at this cell index; -1 if none. */
    private static int sideWithColumn(TableHeader header, int index) {
        for (int s = 0; s < header.sides().size(); s++) {
            for (Column column : header.sides().get(s).columns()) {
                if (column.index() == index) {
                    return s;
                }
            }
        }
        return -1;
    }

    /** The label cell's text; a label merged from the code column across it (合计 over 编码 and 名称) counts. */
    private static String label(GridRow row, int index) {
        String own = cell(row, index);
        if (!own.isEmpty() || index >= row.cells().size()) {
            return own;
        }
        for (int left = index - 1; left >= 0; left--) {
            Cell anchor = row.cells().get(left);
            if (!anchor.isCovered()) {
                return anchor.colSpan() > index - left ? anchor.text().strip() : own;
            }
        }
        return own;
    }

    private static String cell(GridRow row, int index) {
        return index >= 0 && index < row.cells().size() ? row.cells().get(index).text().strip() : "";
    }

    /** Number test shared with the space reader, so that both agree on what a number is. */
    static final class SpaceTextLike {
        private SpaceTextLike() {
        }

        static boolean isNumber(Cell cell) {
            return Amount.isNumberToken(cell.text().strip());
        }
    }
}
