package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.knowledge.UnitSpellings;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.Spaces;

/**
 * Text whose cells are joined by single spaces, as {@code pdftotext -raw} or a copy from a PDF
 * viewer gives it: every line is a row of its space-separated pieces. The layout cannot show
 * where a cell ends (a label wrapped by the extractor looks like two cells) nor keep an empty
 * cell, so the grid keeps the reading order only and the interpreters, who know the labels,
 * decide which pieces make one cell. One thing is certain here already: a unit printed after a
 * number ({@code 21318 人}, {@code 350 万元}) belongs to it.
 */
public final class SpaceJoinedReader implements LayoutReader {
    /** The layout name of its grids, which interpreters check to put cells back together. */
    public static final String NAME = "space_joined";
    private static final Pattern NUMBER = Pattern.compile("[≥≤<>=]?[\\d.,]+%?");
    private static final Pattern UNIT = Pattern.compile(UnitSpellings.alternation());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Grid read(List<SourceLine> lines) {
        List<GridRow> rows = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (String token : tokens(line.text())) {
                cells.add(Cell.of(token, line.number()));
            }
            rows.add(new GridRow(cells));
        }
        return new Grid(name(), rows, true, false);
    }

    /** The whitespace-separated pieces of a line, a unit joined to the number before it. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Spaces.isSpaceOrIdeographic(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                add(tokens, text.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    private static void add(List<String> tokens, String token) {
        int last = tokens.size() - 1;
        if (last >= 0 && UNIT.matcher(token).matches() && NUMBER.matcher(tokens.get(last)).matches()) {
            tokens.set(last, tokens.get(last) + " " + token);
        } else {
            tokens.add(token);
        }
    }
}
