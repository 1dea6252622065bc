package org.medinsure.warehouse.ingest.budget;

import java.util.Arrays;
import java.util.Objects;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.Spaces;

/**
 * The document's running text outside its tables, with all whitespace removed (PDF text breaks
 * sentences, words and numbers' units over lines: 年初预算为 1296.07 / 万元), and for every character
 * the original line it came from.
 *
 * @param starts the position in {@code text} where each contributing line's characters start,
 *     increasing (lines left empty by squeezing contribute none and are not listed)
 * @param lines the line number of each start; the characters from {@code starts[k]} up to the
 *     next start came from line {@code lines[k]}. One entry per line rather than per character
 *     keeps building the narrative cheap, as it spans most of a document.
 */
record Narrative(String text, int[] starts, int[] lines) {
    Narrative {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(starts, "starts is null");
        Objects.requireNonNull(lines, "lines is null");
    }

    static Narrative of(CleanText clean, boolean[] inTable) {
        Spaces.Builder text = new Spaces.Builder(); // each line squeezed, as BudgetVocabulary.squeeze
        int[] starts = new int[256];
        int[] lines = new int[256];
        int count = 0;
        for (SourceLine line : clean.lines()) {
            if (line.number() < inTable.length && inTable[line.number()]) {
                continue;
            }
            int start = text.length();
            if (text.append(line.text()) == 0) {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, 2 * count);
                lines = Arrays.copyOf(lines, 2 * count);
            }
            starts[count] = start;
            lines[count] = line.number();
            count++;
        }
        return new Narrative(text.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(lines, count));
    }

    /** The line of the character at {@code position}, clamped to the text; 1 for an empty narrative. */
    int line(int position) {
        if (text.isEmpty()) {
            return 1;
        }
        int at = Math.max(0, Math.min(position, text.length() - 1));
        int k = Arrays.binarySearch(starts, at);
        return lines[k >= 0 ? k : -k - 2];
    }
}
