package org.medinsure.warehouse.transform.taxonomy;

import java.io.Serializable;
import java.util.Objects;

/**
 * The outcome of matching one indicator name.
 *
 * @param key the normalised name that was compared (see {@link IndicatorNameKey})
 * @param concept the matched concept, null when unmatched
 * @param method how it matched
 * @param confidence 1 for exact, 0.95 for a synonym, 0.85 for a synonym pattern, the similarity score for
 *     fuzzy, 0 when unmatched
 * @param evidence the label, synonym or pattern that decided, for review
 */
public record IndicatorMatch(String key, IndicatorConcept concept, MatchMethod method, double confidence, String evidence)
        implements Serializable {
    public IndicatorMatch {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(method, "method is null");
        if ((concept == null) != (method == MatchMethod.UNMATCHED)) {
            throw new IllegalArgumentException("A match has a concept exactly when it is not unmatched: " + method);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("Confidence must be between 0 and 1: " + confidence);
        }
    }

    static IndicatorMatch unmatched(String key) {
        return new IndicatorMatch(key, null, MatchMethod.UNMATCHED, 0.0, null);
    }

    public boolean matched() {
        return concept != null;
    }

    /** The concept's code, null when unmatched. */
    public String code() {
        return concept == null ? null : concept.code();
    }
}
