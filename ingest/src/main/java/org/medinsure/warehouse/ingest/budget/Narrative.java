package org.medinsure.warehouse.ingest.budget;

import java.util.Objects;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.SourceLine;

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
        java.util.List<Integer> at = new java.util.ArrayList<>();
        for (SourceLine line : clean.lines()) {
            if (line.number() < inTable.length && inTable[line.number()]) {
                continue;
            }
            String squeezed = BudgetVocabulary.squeeze(line.text());
            text.append(squeezed);
            for (int i = 0; i < squeezed.length(); i++) {
                at.add(line.number());
            }
        }
        return new Narrative(text.toString(), at.stream().mapToInt(Integer::intValue).toArray());
    }

    int line(int position) {
        if (lineAt.length == 0) {
            return 1;
        }
        return lineAt[Math.max(0, Math.min(position, lineAt.length - 1))];
    }
}
