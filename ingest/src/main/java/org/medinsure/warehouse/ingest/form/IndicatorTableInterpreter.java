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
        IndicatorRows state = new IndicatorRows(vocabulary, columns, grid.rowsMarked());
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
                state.data(token.cell(), token.row(), token.aloneInRow(), true, true);
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
                        i >= tokens.size() || !tokens.get(i).aloneInRow());
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
    private int readAligned(List<Token> tokens, int first, Map<Integer, ColumnRole> roleAt, IndicatorRows state) {
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

}
