package org.medinsure.warehouse.ingest.parse;

import java.util.OptionalInt;
import org.medinsure.warehouse.ingest.text.CleanText;

/**
 * The row a truncated download stops in, where the layout keeps empty cells and so shows a row
 * that ends early: the text's last row holds fewer tab-separated cells than the row above it, or
 * opens a pipe row the row above closes but never closes it. Its figures may be cut mid-number
 * ({@code 南岭县	41} of 410), so nothing read from it can be trusted. A total row whose label was
 * merged over two columns is one cell short and complete.
 */
final class CutRow {
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("-?[\\d,]+(\\.\\d+)?%?");

    private CutRow() {
    }

    /** @param totalLabel whether a row label (its first cell) is a total's */
    static OptionalInt of(CleanText text, java.util.function.Predicate<String> totalLabel) {
        int last = text.lastNonBlankLine(text.size());
        int above = text.lastNonBlankLine(last - 1);
        if (last < 1 || above < 1) {
            return OptionalInt.empty();
        }
        String row = text.line(last).text().strip();
        String previous = text.line(above).text().strip();
        boolean tabs = row.indexOf('\t') >= 0 && previous.indexOf('\t') >= 0
                && tabCells(text.line(last).text()) < tabCells(text.line(above).text())
                && !mergedTotalLabel(text.line(last).text(), text.line(above).text(), totalLabel);
        boolean pipes = row.startsWith("|") && !row.endsWith("|") && previous.startsWith("|") && previous.endsWith("|");
        return tabs || pipes ? OptionalInt.of(last) : OptionalInt.empty();
    }

    /**
     * A total row whose label spans the number and name columns prints exactly one cell fewer than
     * the row above, and figures: a table's last row, not a cut one.
     */
    private static boolean mergedTotalLabel(String row, String above, java.util.function.Predicate<String> totalLabel) {
        return totalLabel.test(row.strip().split("\t", -1)[0]) && tabCells(row) == tabCells(above) - 1
                && figures(row) > 0;
    }

    private static long figures(String line) {
        return java.util.Arrays.stream(line.split("\t")).map(String::strip).filter(cell -> FIGURE.matcher(cell).matches())
                .count();
    }

    private static int tabCells(String line) {
        return line.split("\t", -1).length;
    }
}
