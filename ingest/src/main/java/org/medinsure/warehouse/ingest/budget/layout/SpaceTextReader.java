package org.medinsure.warehouse.ingest.budget.layout;

import java.util.ArrayList;
import java.util.List;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.Spaces;

/**
 * Space-aligned text extracted from PDF: columns are separated by spaces, empty cells vanish and a
 * cell that wraps continues on the next line(s). Numbers are cells of their own; neighbouring words
 * merge into one text cell (a space inside a line, nothing across a wrap, as the gold names are
 * joined). A logical row closes at a line that ends in a number once the row holds some text, so
 * that a code printed alone on its line ({@code 22960}) waits for its wrapped name and amounts.
 * Rows made only of numbers run on until text appears or the block ends.
 */
public final class SpaceTextReader implements LayoutReader {

    /**
     * Whether the token is a whole number: the regex {@code -?\d[\d,]*(?:\.+\d+)*%?}, matched by
     * hand, as this runs on every token of every PDF table; each part of the pattern is greedy and
     * never has to give back, so one left-to-right scan decides.
     */
    public static boolean isNumberToken(String token) {
        int length = token.length();
        int at = 0;
        if (at < length && token.charAt(at) == '-') {
            at++;
        }
        if (at == length || !isDigit(token.charAt(at))) {
            return false;
        }
        at++;
        while (at < length && (isDigit(token.charAt(at)) || token.charAt(at) == ',')) {
            at++;
        }
        while (at < length && token.charAt(at) == '.') {
            int dots = at;
            while (dots < length && token.charAt(dots) == '.') {
                dots++;
            }
            if (dots == length || !isDigit(token.charAt(dots))) {
                break; // a group needs digits after its dots
            }
            at = dots;
            while (at < length && isDigit(token.charAt(at))) {
                at++;
            }
        }
        if (at < length && token.charAt(at) == '%') {
            at++;
        }
        return at == length;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public List<Row> read(List<SourceLine> lines) {
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = null;
        int textLine = 0;
        boolean hasText = false;
        boolean lastWasText = false;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] tokens = tokens(line.text().strip());
            boolean lineEndsInNumber = false;
            for (int i = 0; i < tokens.length; i++) {
                String token = tokens[i];
                if (isNumberToken(token)) {
                    if (text != null) {
                        cells.add(new Cell(text.toString(), textLine));
                        text = null;
                    }
                    cells.add(new Cell(token, line.number()));
                    lastWasText = false;
                    lineEndsInNumber = i == tokens.length - 1;
                } else {
                    if (text == null) {
                        text = new StringBuilder(token);
                        textLine = line.number();
                    } else {
                        // a wrap joins without a separator; words on one line keep their space
                        text.append(i == 0 && lastWasText ? "" : " ").append(token);
                    }
                    hasText = true;
                    lastWasText = true;
                }
            }
            if (lineEndsInNumber && hasText) {
                rows.add(new Row(cells, cells.get(0).line(), false));
                cells = new ArrayList<>();
                hasText = false;
                lastWasText = false;
            }
        }
        if (text != null) {
            cells.add(new Cell(text.toString(), textLine));
        }
        if (!cells.isEmpty()) {
            rows.add(new Row(cells, cells.get(0).line(), false));
        }
        return rows;
    }

    /**
     * The tokens of {@code split("[\\s\\u3000]+")} of a stripped, non-blank line, found by a char
     * loop instead of a regex compiled per line.
     */
    private static String[] tokens(String stripped) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= stripped.length(); i++) {
            if (i == stripped.length() || Spaces.isSpaceOrIdeographic(stripped.charAt(i))) {
                if (i > start || tokens.isEmpty()) {
                    tokens.add(stripped.substring(start, i));
                }
                start = i + 1;
            }
        }
        return tokens.toArray(new String[0]);
    }
}
