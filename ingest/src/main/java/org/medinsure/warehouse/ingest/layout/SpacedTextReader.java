package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.Spaces;

/**
 * Text extracted from PDF tables: columns separated by spaces and long cells wrapped over several
 * lines. Each line becomes a row of space-separated cells; a number and the unit printed after it
 * ({@code 21318 人}) stay one cell. A run of one-piece prose lines is a wrapped cell column: a
 * cell ends on a line shorter than the one before it, because the last line of a wrapped
 * paragraph is the only one that does not fill the column width. A line of several pieces right
 * after such a run, none of them a number, is the tail of the run's cells pushed to the next line
 * (often by a page break): its pieces continue the run's cells from the left.
 */
public final class SpacedTextReader implements LayoutReader {
    private static final Pattern NUMBER = Pattern.compile("[≥≤<>=]?[\\d.,]+%?");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern UNIT = Pattern.compile("(万元|元|亿元|万|人|人次|万人|个|家|次|份|所|批|条|%)");
    /** A line shorter than this is a label or a vertical heading character, not wrapped prose. */
    private static final int MIN_WRAPPED_LENGTH = 6;

    @Override
    public String name() {
        return "spaced_text";
    }

    @Override
    public Grid read(List<SourceLine> lines) {
        List<GridRow> rows = new ArrayList<>();
        List<Cell> wrapped = new ArrayList<>();
        int previousLength = Integer.MAX_VALUE;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            List<String> tokens = tokens(line.text());
            boolean prose = tokens.size() == 1 && tokens.get(0).length() >= MIN_WRAPPED_LENGTH;
            if (!prose && isWrappedTail(tokens, wrapped)) {
                for (int i = 0; i < tokens.size(); i++) {
                    wrapped.set(i, wrapped.get(i).append(tokens.get(i), line.number()));
                }
                previousLength = Integer.MAX_VALUE;
                continue;
            }
            if (!prose) {
                flushWrapped(rows, wrapped);
                previousLength = Integer.MAX_VALUE;
                List<Cell> cells = new ArrayList<>();
                for (String token : tokens) {
                    cells.add(Cell.of(token, line.number()));
                }
                rows.add(new GridRow(cells));
                continue;
            }
            String text = tokens.get(0);
            int last = wrapped.size() - 1;
            boolean continues = last >= 0 && previousLength != Integer.MAX_VALUE;
            if (continues) {
                wrapped.set(last, wrapped.get(last).append(text, line.number()));
            } else {
                wrapped.add(Cell.of(text, line.number()));
            }
            // a line shorter than its predecessor closes the cell; the next prose line opens one
            previousLength = continues && text.length() < previousLength ? Integer.MAX_VALUE : text.length();
        }
        flushWrapped(rows, wrapped);
        return new Grid(name(), rows);
    }

    private static boolean isWrappedTail(List<String> tokens, List<Cell> wrapped) {
        return wrapped.size() > 1 && tokens.size() > 1 && tokens.size() <= wrapped.size()
                && tokens.stream().noneMatch(token -> HAS_DIGIT.matcher(token).matches());
    }

    private static void flushWrapped(List<GridRow> rows, List<Cell> wrapped) {
        if (!wrapped.isEmpty()) {
            rows.add(new GridRow(wrapped));
            wrapped.clear();
        }
    }

    /** The non-empty pieces of {@code text.split("\\s+")}, cut by a char loop rather than a regex compiled per line. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Spaces.isRegexSpace(text.charAt(i))) {
                if (i > start) {
                    pieces.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return pieces;
    }

    /** Every unit word ends in one of these characters; a token ending otherwise skips the regex. */
    private static boolean mayBeUnit(String token) {
        return !token.isEmpty() && "元万人个家次份所批条%".indexOf(token.charAt(token.length() - 1)) >= 0;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : pieces(text.strip())) {
            int last = tokens.size() - 1;
            if (last >= 0 && mayBeUnit(token) && UNIT.matcher(token).matches()
                    && NUMBER.matcher(tokens.get(last)).matches()) {
                tokens.set(last, tokens.get(last) + " " + token);
            } else {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
