package org.medinsure.warehouse.ingest.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.Grid;
import org.medinsure.warehouse.ingest.model.Indicator;

/**
 * Reads the indicator table of a form by its labels, not its positions. The column headers
 * (三级指标 / 指标内容, 指标值 / 目标值, 绩效标准, 全年完成值, 备注 …) tell which data columns follow
 * the indicator name. Cells whose text is a level-1 or level-2 heading set the headings in force,
 * wherever the row put them, which also repairs rows shifted into the wrong column; every other
 * cell fills the next data column. A heading printed vertically, one character per line, is put
 * back together from consecutive one-cell rows, and a heading word split over rows
 * ({@code 可持续影} / {@code 响指标 …}) is joined when the pieces spell a known heading.
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
    public record Table(boolean found, int headerLine, List<String> columns, List<Indicator> indicators) {
        public Table {
            columns = List.copyOf(columns);
            indicators = List.copyOf(indicators);
        }
    }

    /** One filled cell with the row it sits in. */
    record Token(Cell cell, int row, boolean aloneInRow) {
        String compact() {
            return FormVocabulary.compact(cell.text());
        }
    }

    public Table read(Grid grid) {
        Objects.requireNonNull(grid, "grid is null");
        List<Token> tokens = new ArrayList<>();
        for (int r = 0; r < grid.rows().size(); r++) {
            List<Cell> filled = grid.rows().get(r).filledCells();
            for (Cell cell : filled) {
                tokens.add(new Token(cell, r, filled.size() == 1));
            }
        }
        int nameColumn = -1;
        for (int i = 0; i < tokens.size() && nameColumn < 0; i++) {
            if (vocabulary.column(tokens.get(i).compact()).filter("name"::equals).isPresent()) {
                nameColumn = i;
            }
        }
        if (nameColumn < 0) {
            return new Table(false, 0, List.of(), List.of());
        }
        List<String> columns = new ArrayList<>(List.of("name"));
        int next = nameColumn + 1;
        while (next < tokens.size()) {
            Heading heading = accumulate(tokens, next);
            Optional<String> role = vocabulary.column(heading.text());
            if (role.isEmpty()) {
                break;
            }
            columns.add(role.get());
            next += heading.consumed();
        }
        TableState state = new TableState(columns, grid.rowsMarked());
        int i = next;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
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
            if (vocabulary.isIgnored(text) || mayBePunctuationOnly(text) && PUNCTUATION_ONLY.matcher(text).matches()
                    || vocabulary.column(text).isPresent()) {
                continue;
            }
            Optional<Set<String>> parents = vocabulary.level2Parents(UnitAnnotation.strip(text));
            if (vocabulary.isLevel1(text)) {
                state.level1(text);
            } else if (parents.isPresent()) {
                state.level2(UnitAnnotation.strip(text), parents.get(), UnitAnnotation.of(heading.printed()));
            } else {
                state.data(token, i < tokens.size() ? tokens.get(i) : null);
            }
        }
        state.flush();
        return new Table(true, tokens.get(nameColumn).cell().firstLine(), columns, state.indicators());
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

    /** A cheap necessary test for {@link #PUNCTUATION_ONLY}: its first character can be in the class. */
    private static boolean mayBePunctuationOnly(String text) {
        return text.isEmpty() || text.charAt(0) < 128 || "…。．·、".indexOf(text.charAt(0)) >= 0;
    }

    static boolean valueLike(String text) {
        return text != null && VALUE_LIKE.matcher(text.strip()).matches();
    }

    /** Headings in force, the indicator being filled, and the rows read so far. */
    private static final class TableState {
        private final List<String> columns;
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<Token> pending = new ArrayList<>();
        private String level1;
        private String level2;
        private String level2Unit;
        /** Indicators of the current level-1 group still waiting for a centred level-2 label. */
        private final List<Integer> awaitingLevel2 = new ArrayList<>();
        /** True once a level-2 label was printed below the first row of its group. */
        private boolean centred;
        /** The current level-2 group: its first row, the row of its label, the last row its label text covers. */
        private int groupStart;
        private int labelRow;
        private int labelEnd;
        private int lastEmittedRow = -1;
        private boolean lastEmittedFromFullRow;

        private final boolean rowsMarked;

        TableState(List<String> columns, boolean rowsMarked) {
            this.columns = columns;
            this.rowsMarked = rowsMarked;
        }

        List<Indicator> indicators() {
            return indicators;
        }

        void level1(String heading) {
            flush();
            if (heading.equals(level1) && level2 == null) {
                // a level-1 word repeated inside its own group is that group's level-2 label
                level2(heading, Set.of(heading), null);
                return;
            }
            level1 = heading;
            level2 = null;
            level2Unit = null;
            awaitingLevel2.clear();
        }

        /**
         * A level-2 label with its unit annotation (or null). It takes the rows above it that were
         * waiting for a label, and, in a form that centres its labels, those beyond the previous
         * label's group.
         */
        void level2(String heading, Set<String> parents, String unit) {
            flush();
            if (level1 != null && !parents.contains(level1)) {
                // the form never printed this group's level-1 heading: carrying the old one would lie
                level1 = null;
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

        void data(Token token, Token following) {
            if (!pending.isEmpty()) {
                Token last = pending.get(pending.size() - 1);
                boolean sameRow = last.row() == token.row();
                boolean stream = !rowsMarked && last.aloneInRow() && token.aloneInRow();
                if (!sameRow && !stream) {
                    flush();
                }
            }
            if (rowsMarked && pending.isEmpty() && token.aloneInRow() && isWrappedNameTail(token, following)) {
                Indicator old = indicators.get(indicators.size() - 1);
                String name = IndicatorNames.normalize(old.name() + token.cell().text());
                indicators.set(indicators.size() - 1, old.withName(name));
                return;
            }
            pending.add(token);
            if (!rowsMarked && pending.size() >= columns.size()) {
                flush();
            }
        }

        /**
         * A lone cell right after a full row, itself followed by a full row, is the rest of the
         * name above it: the cell was cut by a line or page break.
         */
        private boolean isWrappedNameTail(Token token, Token following) {
            return !indicators.isEmpty() && lastEmittedFromFullRow && token.row() == lastEmittedRow + 1
                    && (following == null || !following.aloneInRow()) && !valueLike(token.cell().text());
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<String> cells = new ArrayList<>();
            for (Token token : pending) {
                cells.add(token.cell().text());
            }
            while (cells.size() > columns.size()) {
                // more cells than columns in one row: the surplus belongs to the last column
                String extra = cells.remove(cells.size() - 1);
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + extra);
            }
            String name = IndicatorNames.normalize(cells.get(0));
            String value = cell(cells, "value");
            String note = cell(cells, "note");
            if (value != null && !HAS_DIGIT.matcher(value).matches() && valueLike(note)) {
                value = value + " " + note.strip(); // the number slipped into the 备注 column
            }
            Token first = pending.get(0);
            int lastRow = pending.get(pending.size() - 1).row();
            pending.clear();
            if (name.isEmpty() || value == null || value.isBlank()) {
                return; // a name without a target is not an indicator row
            }
            lastEmittedRow = lastRow;
            lastEmittedFromFullRow = !first.aloneInRow();
            if (level2 == null) {
                awaitingLevel2.add(indicators.size());
            }
            indicators.add(new Indicator(first.cell().firstLine(), level1, level2, name, value.strip(),
                    cell(cells, "standard"), cell(cells, "actual"), cell(cells, "score"), cell(cells, "gap"),
                    level2 == null ? null : level2Unit));
        }

        private String cell(List<String> cells, String role) {
            int index = columns.indexOf(role);
            return index >= 0 && index < cells.size() ? cells.get(index).strip() : null;
        }
    }
}
