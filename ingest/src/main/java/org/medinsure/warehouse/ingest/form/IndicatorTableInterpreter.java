package org.medinsure.warehouse.ingest.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.layout.AlignedTextReader;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.layout.GridRow;
import org.medinsure.warehouse.ingest.model.Indicator;

/**
 * Reads the indicator table of a form by its labels, not its positions. The column headers
 * (三级指标 / 指标内容, 指标值 / 年度目标值, 绩效标准, 实际完成值, 分值, 得分, 偏差原因 …) tell which data
 * columns follow the indicator name; a header the vocabulary does not list but prints on the header
 * row is kept as a column whose cells are read past.
 *
 * <p>Where the layout keeps columns (tab rows, pipe tables, HTML, aligned text) a row whose name
 * and target cells sit under their headers is read by position: the cells under 一级指标 and 二级指标
 * are its headings whatever their words, a heading repeated on every row or printed once and
 * merged down means the same, and every other cell is read under its header. Any other row, and
 * every row of a layout without columns, is read as a stream of cells: cells whose text is a
 * level-1 or level-2 heading set the headings in force, wherever the row put them, which also
 * repairs rows shifted into the wrong column; every other cell fills the next data column. A
 * heading printed vertically, one character per line, is put back together from consecutive
 * one-cell rows, and a heading word split over rows ({@code 可持续影} / {@code 响指标 …}) is joined
 * when the pieces spell a known heading.
 *
 * <p>A level-2 heading's unit annotation ({@code 成本指标（万元）}, or {@code （万元）} wrapped onto the
 * next row of the merged cell) is kept as the rows' {@code unitHint}. Merged level-2 cells are
 * normally printed on the first row of their group; a form that prints a group's label on a later
 * row (its rows before the label had no level-2 heading) centres its labels, and there a label
 * also takes the rows above it that lie beyond the previous label's group, which, centred, has as
 * many rows after its label as before it.
 */
public final class IndicatorTableInterpreter {
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("^[\\p{Punct}…。．·、\\s]*$");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern VALUE_LIKE = Pattern.compile("^[≥≤<>=＞＜]?\\s*\\d.*");
    /** A vertical heading is at most this many one-cell rows. */
    private static final int MAX_VERTICAL_PIECES = 8;

    private final FormVocabulary vocabulary;

    public IndicatorTableInterpreter(FormVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    }

    /** The table read, or the line where it was expected when no column header was found. */
    public record Table(boolean found, int headerLine, List<ColumnRole> columns, List<Indicator> indicators) {
        public Table {
            columns = List.copyOf(columns);
            indicators = List.copyOf(indicators);
        }
    }

    /** One filled cell with the row it sits in and, in a layout with columns, its column. */
    private record Token(Cell cell, int row, int column, boolean aloneInRow, String compact, boolean prose) {
    }

    public Table read(Grid grid) {
        Objects.requireNonNull(grid, "grid is null");
        List<Token> tokens = new ArrayList<>();
        for (int r = 0; r < grid.rows().size(); r++) {
            GridRow row = grid.rows().get(r);
            List<Cell> cells = row.cells();
            int filled = row.filledCells().size();
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                // where rows are not marked, an empty cell still takes its place in the stream
                if (!cell.isBlank() || !grid.rowsMarked() && !cell.isCovered()) {
                    tokens.add(new Token(cell, r, grid.positional() ? c : -1, filled == 1, vocabulary.compact(cell.text()),
                            row.prose()));
                }
            }
        }
        int nameToken = nameHeader(tokens);
        if (nameToken < 0) {
            return new Table(false, 0, List.of(), List.of());
        }
        Token nameHeader = tokens.get(nameToken);
        Map<Integer, ColumnRole> roleAt = new HashMap<>();
        levelColumns(tokens, nameHeader.row(), roleAt);
        List<ColumnRole> columns = new ArrayList<>(List.of(ColumnRole.NAME));
        roleAt.put(nameHeader.column(), ColumnRole.NAME);
        int next = nameToken + 1;
        while (next < tokens.size()) {
            Token token = tokens.get(next);
            Heading heading = accumulate(tokens, next);
            Optional<ColumnRole> role = vocabulary.columnLike(heading.text());
            boolean sameRow = grid.rowsMarked() && token.row() == nameHeader.row();
            if (role.isEmpty() && !sameRow || role.filter(r -> r == ColumnRole.LEVEL1 || r == ColumnRole.LEVEL2).isPresent()) {
                break;
            }
            ColumnRole column = role.orElse(ColumnRole.OTHER);
            columns.add(column);
            if (token.column() >= 0) {
                roleAt.put(token.column(), column);
            }
            next += heading.consumed();
        }
        TableState state = new TableState(columns, grid.rowsMarked());
        int i = next;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.prose()) {
                break; // running text after the table: the source said where the table ends
            }
            if (grid.positional() && isHeaderRow(tokens, token.row())) {
                // the header printed again over the rest of the table (a page break): its columns rule from here
                roleAt.clear();
                levelColumns(tokens, token.row(), roleAt);
                while (i < tokens.size() && tokens.get(i).row() == token.row()) {
                    Token header = tokens.get(i);
                    vocabulary.columnLike(header.compact()).filter(role -> header.column() >= 0)
                            .ifPresent(role -> roleAt.putIfAbsent(header.column(), role));
                    i++;
                }
                continue;
            }
            if (grid.positional() && isAligned(grid.rows().get(token.row()), roleAt)) {
                if (vocabulary.isTableEnd(token.cell().text())) {
                    break;
                }
                i = readAligned(tokens, i, roleAt, state);
                continue;
            }
            if (token.cell().isBlank()) {
                state.data(token.cell(), token.row(), token.aloneInRow(), true, null);
                i++;
                continue;
            }
            Heading heading = accumulate(tokens, i);
            String text = heading.text();
            if (vocabulary.isTableEnd(token.cell().text()) || vocabulary.isTableEnd(text)) {
                break;
            }
            i += heading.consumed();
            if (UnitAnnotation.isAlone(heading.printed())) {
                state.levelUnit(UnitAnnotation.of(heading.printed()));
                continue;
            }
            if (vocabulary.isIgnored(text) || PUNCTUATION_ONLY.matcher(text).matches()
                    || vocabulary.column(text).isPresent()) {
                continue;
            }
            Optional<Set<String>> parents = vocabulary.level2Parents(UnitAnnotation.strip(text));
            if (vocabulary.isLevel1(text)) {
                state.level1(text, false);
            } else if (parents.isPresent()) {
                state.level2(UnitAnnotation.strip(text), parents.get(), UnitAnnotation.of(heading.printed()));
            } else {
                // only text aligned by geometry says where a lone cell sits; converted tables shift cells
                boolean underName = !grid.layout().equals(AlignedTextReader.NAME) || token.column() < 0
                        || !roleAt.containsKey(token.column()) || roleAt.get(token.column()) == ColumnRole.NAME;
                state.data(token.cell(), token.row(), token.aloneInRow(), underName,
                        i < tokens.size() ? tokens.get(i) : null);
            }
        }
        state.flush();
        return new Table(true, nameHeader.cell().firstLine(), columns, state.indicators());
    }

    /** The 一级指标 and 二级指标 columns of a header row, by position. */
    private void levelColumns(List<Token> tokens, int row, Map<Integer, ColumnRole> roleAt) {
        for (Token token : tokens) {
            if (token.row() == row && token.column() >= 0) {
                vocabulary.column(token.compact()).filter(role -> role == ColumnRole.LEVEL1 || role == ColumnRole.LEVEL2)
                        .ifPresent(role -> roleAt.put(token.column(), role));
            }
        }
    }

    /** A row holding the name column's header: the table's header, printed again. */
    private boolean isHeaderRow(List<Token> tokens, int row) {
        return tokens.stream().anyMatch(token -> token.row() == row
                && vocabulary.column(token.compact()).filter(role -> role == ColumnRole.NAME).isPresent());
    }

    /**
     * The token of the name column's header: a header listed as {@code name}, else the first one
     * holding a name word on a row that also holds a target-value header.
     */
    private int nameHeader(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (vocabulary.column(tokens.get(i).compact()).filter(role -> role == ColumnRole.NAME).isPresent()) {
                return i;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (vocabulary.columnLike(token.compact()).filter(role -> role == ColumnRole.NAME).isPresent()
                    && tokens.stream().anyMatch(other -> other.row() == token.row() && other != token
                    && vocabulary.columnLike(other.compact()).filter(role -> role == ColumnRole.VALUE).isPresent())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a row of a layout with columns prints its indicator under the headers: a name that is
     * no heading under the name header and a target under the value header.
     */
    private boolean isAligned(GridRow row, Map<Integer, ColumnRole> roleAt) {
        Integer nameColumn = null;
        Integer valueColumn = null;
        for (Map.Entry<Integer, ColumnRole> entry : roleAt.entrySet()) {
            if (entry.getValue() == ColumnRole.NAME) {
                nameColumn = entry.getKey();
            } else if (entry.getValue() == ColumnRole.VALUE && valueColumn == null) {
                valueColumn = entry.getKey();
            }
        }
        if (nameColumn == null || valueColumn == null || nameColumn >= row.cells().size()
                || valueColumn >= row.cells().size()) {
            return false;
        }
        Cell name = row.cells().get(nameColumn);
        Cell value = row.cells().get(valueColumn);
        if (name.isBlank() || value.isBlank() || valueLike(name.text())) {
            return false;
        }
        String compact = vocabulary.compact(name.text());
        return !vocabulary.isLevel1(compact) && vocabulary.level2Parents(UnitAnnotation.strip(compact)).isEmpty()
                && vocabulary.column(compact).isEmpty() && !vocabulary.isTableEnd(name.text());
    }

    /** Reads one aligned row by the roles of its columns; returns the index of the next row's first token. */
    private int readAligned(List<Token> tokens, int first, Map<Integer, ColumnRole> roleAt, TableState state) {
        int row = tokens.get(first).row();
        int end = first;
        Map<ColumnRole, Token> cells = new HashMap<>();
        while (end < tokens.size() && tokens.get(end).row() == row) {
            Token token = tokens.get(end);
            ColumnRole role = roleAt.get(token.column());
            if (role != null && !cells.containsKey(role)) {
                cells.put(role, token);
            }
            end++;
        }
        state.flush();
        Token level1 = isMarginLabel(cells.get(ColumnRole.LEVEL1)) ? null : cells.get(ColumnRole.LEVEL1);
        Token level2 = isMarginLabel(cells.get(ColumnRole.LEVEL2)) ? null : cells.get(ColumnRole.LEVEL2);
        if (level1 != null) {
            String heading = UnitAnnotation.strip(level1.compact());
            Optional<Set<String>> parents = vocabulary.level2Parents(heading);
            if (parents.isPresent() && !vocabulary.isLevel1(heading) && level2 == null) {
                state.level2(heading, parents.get(), UnitAnnotation.of(level1.cell().text())); // shifted left
            } else {
                state.level1(heading, true);
            }
        }
        if (level2 != null) {
            String heading = UnitAnnotation.strip(level2.compact());
            state.level2(heading, vocabulary.level2Parents(heading).orElse(null), UnitAnnotation.of(level2.cell().text()));
        }
        state.aligned(cells.get(ColumnRole.NAME).cell(), row, role -> {
            Token token = cells.get(role);
            return token == null ? null : token.cell().text();
        });
        return end;
    }

    /**
     * A piece of a merged label printed down the table's left margin (年度绩效 / 指标 of 年度绩效指标),
     * which aligned text puts in the first level column of the rows it passes.
     */
    private boolean isMarginLabel(Token token) {
        return token != null && token.compact().length() >= 2 && vocabulary.isIgnoredPart(token.compact())
                && !vocabulary.isLevel1(token.compact()) && vocabulary.level2Parents(token.compact()).isEmpty();
    }

    /** A heading (or any cell) in compact form, as printed, and the number of tokens it took. */
    private record Heading(String text, String printed, int consumed) {
    }

    /**
     * The longest heading spelled by the cell at {@code start} and the one-cell rows after it
     * ({@code 产/出/指/标}); the first cell of a fuller row may end it ({@code 可持续影} / {@code 响指标 …}),
     * never continue it. The cell alone when it spells none.
     */
    private Heading accumulate(List<Token> tokens, int start) {
        Token first = tokens.get(start);
        String text = first.compact();
        Heading best = new Heading(text, first.cell().text(), 1);
        if (!first.aloneInRow() || !vocabulary.isHeadingPrefix(text)) {
            return best;
        }
        StringBuilder joined = new StringBuilder(text);
        StringBuilder printed = new StringBuilder(first.cell().text());
        for (int j = start + 1; j < tokens.size() && j - start < MAX_VERTICAL_PIECES; j++) {
            Token piece = tokens.get(j);
            joined.append(piece.compact());
            printed.append(piece.cell().text());
            String candidate = joined.toString();
            if (vocabulary.isHeading(candidate)) {
                best = new Heading(candidate, printed.toString(), j - start + 1);
            } else if (!vocabulary.isHeadingPrefix(candidate)) {
                break;
            }
            if (!piece.aloneInRow()) {
                break;
            }
        }
        return best;
    }

    static boolean valueLike(String text) {
        return text != null && VALUE_LIKE.matcher(text.strip()).matches();
    }

    /** Headings in force, the indicator being filled, and the rows read so far. */
    private final class TableState {
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

        TableState(List<ColumnRole> columns, boolean rowsMarked) {
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
         */
        void data(Cell cell, int row, boolean aloneInRow, boolean underName, Token following) {
            if (!pending.isEmpty()) {
                PendingCell last = pending.get(pending.size() - 1);
                boolean sameRow = last.row() == row;
                boolean stream = !rowsMarked && last.aloneInRow() && aloneInRow;
                if (!sameRow && !stream) {
                    flush();
                }
            }
            if (rowsMarked && pending.isEmpty() && aloneInRow && underName && isWrappedNameTail(cell, row, following)) {
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
        private boolean isWrappedNameTail(Cell cell, int row, Token following) {
            return !indicators.isEmpty() && lastEmittedFromFullRow && row == lastEmittedRow + 1
                    && (following == null || !following.aloneInRow()) && !valueLike(cell.text())
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
            if (!HAS_DIGIT.matcher(value).matches() && valueLike(note)) {
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
            if (value != null && !HAS_DIGIT.matcher(value).matches() && valueLike(note)) {
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
}
