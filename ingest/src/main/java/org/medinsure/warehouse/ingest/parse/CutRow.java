package org.medinsure.warehouse.ingest.parse;

import java.util.OptionalInt;
import org.medinsure.warehouse.ingest.text.CleanText;

/**
 * The row a truncated download stops in, where the layout keeps empty cells and so shows a row
 * that ends early: the text's last row holds fewer tab-separated cells than the row above it, or
 * opens a pipe row the row above closes but never closes it. Its figures may be cut mid-number
 * ({@code 南岭县	41} of 410), so nothing read from it can be trusted.
 */
final class CutRow {
    private CutRow() {
    }

    static OptionalInt of(CleanText text) {
        int last = text.lastNonBlankLine(text.size());
        int above = text.lastNonBlankLine(last - 1);
        if (last < 1 || above < 1) {
            return OptionalInt.empty();
        }
        String row = text.line(last).text().strip();
        String previous = text.line(above).text().strip();
        boolean tabs = row.indexOf('\t') >= 0 && previous.indexOf('\t') >= 0
                && tabCells(text.line(last).text()) < tabCells(text.line(above).text());
        boolean pipes = row.startsWith("|") && !row.endsWith("|") && previous.startsWith("|") && previous.endsWith("|");
        return tabs || pipes ? OptionalInt.of(last) : OptionalInt.empty();
    }

    private static int tabCells(String line) {
        return line.split("\t", -1).length;
    }
}
