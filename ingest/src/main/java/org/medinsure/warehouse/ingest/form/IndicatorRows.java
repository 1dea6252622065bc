package org.medinsure.warehouse.ingest.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.model.Indicator;

/**
 * The rows of one indicator table as its interpreter reads them: the level headings in force
 * (merged labels printed once, centred on their group, or shifted), the cells of the indicator
 * being filled, and the indicators read so far. In a stream of cells (rows not marked) a row ends at
 * the column count or at the next label.
 */
final class IndicatorRows {
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private final FormVocabulary vocabulary;
    private final List<ColumnRole> columns;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<PendingCell> pending = new ArrayList<>();
    private String level1;
    private String level2;
    private String level2Unit;
    /** Indicators of the current level-1 group still waiting for a centred level-2 label. */
    private final List<Integer> awaitingLevel2 = new ArrayList<>();
    /** Whether the table printed a level-1 label yet. */
    private boolean seenLevel1;
    /** Indicators read before the table's first level-1 label, waiting for it if it is centred. */
    private final List<Integer> awaitingLevel1 = new ArrayList<>();
    /** True once a level-1 label was printed below the first row of its group. */
    private boolean centredLevel1;
    private int level1Start;
    private int level1LabelRow;
    /** True once a level-2 label was printed below the first row of its group. */
    private boolean centred;
    /** The current level-2 group: its first row, the row of its label, the last row its label text covers. */
    private int groupStart;
    private int labelRow;
    private int labelEnd;
    private int lastEmittedRow = -1;
    private boolean lastEmittedFromFullRow;

    private final boolean rowsMarked;
    /**
     * In a stream of cells, the last row flushed at the column count while no label has come
     * since: a name broken over two lines filled that count one cell early.
     */
    private List<String> openStreamRow;

    IndicatorRows(FormVocabulary vocabulary, List<ColumnRole> columns, boolean rowsMarked) {
        this.vocabulary = vocabulary;
        this.columns = columns;
        this.rowsMarked = rowsMarked;
    }

    /** A data cell waiting for its row to end. */
    private record PendingCell(Cell cell, int row, boolean aloneInRow) {
    }

    List<Indicator> indicators() {
        return indicators;
    }

    /**
     * A level-1 label. Printed under the 一级指标 header ({@code inColumn}) the same word again is
     * the same group (merged cells filled on every row); in a stream, a level-1 word repeated
     * inside its own group is that group's level-2 label. A label printed after rows that had
     * none (merged cells centred on their group) takes them, and, once the form is seen to
     * centre its labels, the rows above it beyond the previous group, which, centred, has as
     * many rows after its label as before it.
     */
    void level1(String heading, boolean inColumn) {
        flush();
        openStreamRow = null;
        if (heading.equals(level1)) {
            if (!inColumn && level2 == null) {
                level2(heading, Set.of(heading), null);
            }
            return;
        }
        int row = indicators.size();
        int start = row;
        if (level1 == null && !awaitingLevel1.isEmpty()) {
            start = awaitingLevel1.get(0);
            centredLevel1 = true;
        } else if (centredLevel1 && level1 != null) {
            start = Math.min(row, level1LabelRow + (level1LabelRow - level1Start) + 1);
        }
        level1 = heading;
        seenLevel1 = true;
        level1Start = start;
        level1LabelRow = row;
        awaitingLevel1.clear();
        for (int index = start; index < row; index++) {
            indicators.set(index, indicators.get(index).withLevel1(heading));
        }
        if (start == row) {
            level2 = null;
            level2Unit = null;
            awaitingLevel2.clear();
        }
    }

    /**
     * A level-2 label with its unit annotation (or null); {@code parents} null for a word the
     * vocabulary does not know. It takes the rows above it that were waiting for a label, and,
     * in a form that centres its labels, those beyond the previous label's group. The same label
     * again is the same group. A known label whose parents exclude the level-1 heading in force
     * means the form never printed this group's level-1 heading (or shifted its rows): the
     * heading is not carried.
     */
    void level2(String heading, Set<String> parents, String unit) {
        flush();
        openStreamRow = null;
        if (heading.equals(level2)) {
            if (unit != null) {
                level2Unit = unit;
            }
            return;
        }
        if (parents != null && level1 != null && vocabulary.isLevel1(level1) && !parents.contains(level1)) {
            level1 = null; // carrying the old heading would lie
            awaitingLevel2.clear();
        }
        int row = indicators.size();
        int start = row;
        if (!awaitingLevel2.isEmpty()) {
            start = awaitingLevel2.get(0);
            centred = true;
        } else if (centred && level2 != null) {
            start = Math.min(row, labelEnd + (labelRow - groupStart) + 1);
        }
        level2 = heading;
        level2Unit = unit;
        groupStart = start;
        labelRow = row;
        labelEnd = row;
        relabelGroup();
        awaitingLevel2.clear();
    }

    /** A unit annotation alone in a cell: the current level-2 label wraps onto this row. */
    void levelUnit(String unit) {
        flush();
        openStreamRow = null;
        if (level2 == null) {
            return;
        }
        level2Unit = unit;
        labelEnd = indicators.size();
        relabelGroup();
    }

    private void relabelGroup() {
        for (int index = groupStart; index < indicators.size(); index++) {
            indicators.set(index, indicators.get(index).withLevel2(level2, level2Unit));
        }
    }

    /**
     * @param underName false for a cell a layout with columns prints under another header than
     *     the name's: it cannot be the tail of a wrapped name
     * @param followedByFullRow whether the next cell read is not alone in its row (or there is none)
     */
    void data(Cell cell, int row, boolean aloneInRow, boolean underName, boolean followedByFullRow) {
        if (!pending.isEmpty()) {
            PendingCell last = pending.get(pending.size() - 1);
            boolean sameRow = last.row() == row;
            boolean stream = !rowsMarked && last.aloneInRow() && aloneInRow;
            if (!sameRow && !stream) {
                flush();
            }
        }
        if (rowsMarked && pending.isEmpty() && aloneInRow && underName && isWrappedNameTail(cell, row, followedByFullRow)) {
            Indicator old = indicators.get(indicators.size() - 1);
            String name = IndicatorNames.normalize(old.name() + cell.text());
            indicators.set(indicators.size() - 1, old.withName(name));
            return;
        }
        pending.add(new PendingCell(cell, row, aloneInRow));
        if (!rowsMarked && pending.size() >= columns.size()) {
            flush();
        }
    }

    /**
     * A lone cell right after a full row, itself followed by a full row, is the rest of the
     * name above it: the cell was cut by a line or page break. A labelled value (联系人：…) is
     * never a name's tail.
     */
    private boolean isWrappedNameTail(Cell cell, int row, boolean followedByFullRow) {
        return !indicators.isEmpty() && lastEmittedFromFullRow && row == lastEmittedRow + 1
                && followedByFullRow && !IndicatorTableInterpreter.valueLike(cell.text())
                && cell.text().indexOf('：') < 0 && cell.text().indexOf(':') < 0;
    }

    /** An indicator read by position from an aligned row. */
    void aligned(Cell name, int row, java.util.function.Function<ColumnRole, String> cells) {
        flush();
        openStreamRow = null;
        String value = cells.apply(ColumnRole.VALUE);
        if (value == null || value.isBlank()) {
            return;
        }
        String note = cells.apply(ColumnRole.NOTE);
        if (!HAS_DIGIT.matcher(value).matches() && IndicatorTableInterpreter.valueLike(note)) {
            value = value + " " + note.strip(); // the number slipped into the 备注 column
        }
        if (emit(name.firstLine(), name.text(), value, cells.apply(ColumnRole.STANDARD),
                cells.apply(ColumnRole.ACTUAL), cells.apply(ColumnRole.SCORE), cells.apply(ColumnRole.GAP))) {
            lastEmittedRow = row;
            lastEmittedFromFullRow = true;
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<String> cells = new ArrayList<>();
        for (PendingCell cell : pending) {
            cells.add(cell.cell().text());
        }
        if (!rowsMarked && cells.size() < columns.size() && rejoinBrokenName(cells)) {
            pending.clear();
            return;
        }
        boolean complete = cells.size() >= columns.size();
        while (cells.size() > columns.size()) {
            // more cells than columns in one row: the surplus belongs to the last column
            String extra = cells.remove(cells.size() - 1);
            cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + extra);
        }
        String value = cell(cells, ColumnRole.VALUE);
        String note = cell(cells, ColumnRole.NOTE);
        if (value != null && !HAS_DIGIT.matcher(value).matches() && IndicatorTableInterpreter.valueLike(note)) {
            value = value + " " + note.strip(); // the number slipped into the 备注 column
        }
        PendingCell first = pending.get(0);
        int lastRow = pending.get(pending.size() - 1).row();
        pending.clear();
        if (value == null || value.isBlank()) {
            return; // a name without a target is not an indicator row
        }
        openStreamRow = null;
        if (emit(first.cell().firstLine(), cells.get(0), value, cell(cells, ColumnRole.STANDARD),
                cell(cells, ColumnRole.ACTUAL), cell(cells, ColumnRole.SCORE), cell(cells, ColumnRole.GAP))) {
            lastEmittedRow = lastRow;
            lastEmittedFromFullRow = !first.aloneInRow();
            openStreamRow = !rowsMarked && complete ? List.copyOf(cells) : null;
        }
    }

    /**
     * Cells left over when a label or the table's end closes a stream row, right after a row
     * flushed at the column count: that row's name was broken over lines, so its cells and the
     * leftover are one row whose first cells are the name. A figure is never part of a name,
     * so a row whose value holds a digit is left as read.
     */
    private boolean rejoinBrokenName(List<String> leftover) {
        if (openStreamRow == null || leftover.isEmpty()) {
            return false;
        }
        String value = cell(openStreamRow, ColumnRole.VALUE);
        if (value == null || HAS_DIGIT.matcher(value).matches()) {
            return false;
        }
        List<String> combined = new ArrayList<>(openStreamRow);
        combined.addAll(leftover);
        int surplus = leftover.size();
        List<String> row = new ArrayList<>();
        row.add(String.join("", combined.subList(0, surplus + 1)));
        row.addAll(combined.subList(surplus + 1, combined.size()));
        String newValue = cell(row, ColumnRole.VALUE);
        if (newValue == null || newValue.isBlank()) {
            return false;
        }
        int index = indicators.size() - 1;
        Indicator old = indicators.get(index);
        indicators.set(index, new Indicator(old.sourceLine(), old.level1(), old.level2(),
                IndicatorNames.normalize(row.get(0)), newValue, strip(cell(row, ColumnRole.STANDARD)),
                strip(cell(row, ColumnRole.ACTUAL)), strip(cell(row, ColumnRole.SCORE)),
                strip(cell(row, ColumnRole.GAP)), old.unitHint(), old.namePrinted()));
        openStreamRow = null;
        return true;
    }

    private boolean emit(int line, String printedName, String value, String standard, String actual, String score,
                         String gap) {
        String name = IndicatorNames.normalize(printedName);
        if (name.isEmpty()) {
            return false;
        }
        if (level2 == null) {
            awaitingLevel2.add(indicators.size());
        }
        if (level1 == null && !seenLevel1) {
            awaitingLevel1.add(indicators.size());
        }
        indicators.add(new Indicator(line, level1, level2, name, value.strip(), strip(standard), strip(actual),
                strip(score), strip(gap), level2 == null ? null : level2Unit, null));
        return true;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String cell(List<String> cells, ColumnRole role) {
        int index = columns.indexOf(role);
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : null;
    }
}
