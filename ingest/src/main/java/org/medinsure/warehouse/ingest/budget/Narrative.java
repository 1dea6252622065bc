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
 */
record Narrative(String text, int[] lineAt) {
    Narrative {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(lineAt, "lineAt is null");
    }

    static Narrative of(CleanText clean, boolean[] inTable) {
        StringBuilder text = new StringBuilder();
        int[] at = new int[1024];
        int length = 0;
        for (SourceLine line : clean.lines()) {
            if (line.number() < inTable.length && inTable[line.number()]) {
                continue;
            }
            // squeezed in place (as BudgetVocabulary.squeeze): runs between whitespace are copied
            // whole, and each kept character notes its line
            String printed = line.text();
            int run = 0;
            for (int i = 0; i <= printed.length(); i++) {
                if (i < printed.length() && !Spaces.isSpaceOrIdeographic(printed.charAt(i))) {
                    continue;
                }
                if (i > run) {
                    if (length + i - run > at.length) {
                        at = Arrays.copyOf(at, Math.max(2 * at.length, length + i - run));
                    }
                    text.append(printed, run, i);
                    Arrays.fill(at, length, length + i - run, line.number());
                    length += i - run;
                }
                run = i + 1;
            }
        }
        return new Narrative(text.toString(), Arrays.copyOf(at, length));
    }

    int line(int position) {
        if (lineAt.length == 0) {
            return 1;
        }
        return lineAt[Math.max(0, Math.min(position, lineAt.length - 1))];
    }
}
