package org.medinsure.warehouse.ingest.budget.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(?:\\.+\\d+)*%?");

    public static boolean isNumberToken(String token) {
        // the pattern starts with - or a digit: words are told apart without running it
        return !token.isEmpty() && (token.charAt(0) == '-' || (token.charAt(0) >= '0' && token.charAt(0) <= '9'))
                && NUMBER.matcher(token).matches();
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
