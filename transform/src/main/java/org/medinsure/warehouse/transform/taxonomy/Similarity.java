package org.medinsure.warehouse.transform.taxonomy;

import java.util.HashMap;
import java.util.Map;

/** String similarity for fuzzy name matching. */
final class Similarity {
    private Similarity() {
    }

    /**
     * Sørensen–Dice coefficient of the two strings' character bigrams (as multisets): 1 for equal
     * strings, 0 when no bigram is shared or a string is shorter than two characters.
     */
    static double dice(String left, String right) {
        if (left.length() < 2 || right.length() < 2) {
            return left.equals(right) && !left.isEmpty() ? 1.0 : 0.0;
        }
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i + 1 < left.length(); i++) {
            bigrams.merge(left.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < right.length(); i++) {
            String bigram = right.substring(i, i + 2);
            Integer count = bigrams.get(bigram);
            if (count != null && count > 0) {
                shared++;
                bigrams.put(bigram, count - 1);
            }
        }
        return 2.0 * shared / ((left.length() - 1) + (right.length() - 1));
    }
}
