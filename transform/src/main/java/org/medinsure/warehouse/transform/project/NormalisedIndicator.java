package org.medinsure.warehouse.transform.project;

import java.io.Serializable;
import java.util.Objects;

/**
 * An indicator made comparable: canonical levels and taxonomy code, and its target parsed into
 * comparator, number, canonical unit and the value in the unit's base (yuan, persons, percent).
 *
 * @param matchMethod {@code exact}, {@code synonym}, {@code fuzzy} or {@code unmatched}
 */
public record NormalisedIndicator(
        String indicatorId,
        String level1,
        String level2,
        String indicatorCode,
        String matchMethod,
        Double matchConfidence,
        String comparator,
        Double targetValue,
        String unit,
        Double targetBase,
        String qualitative,
        Double actualValue) implements Serializable {
    public NormalisedIndicator {
        Objects.requireNonNull(indicatorId, "indicatorId is null");
        Objects.requireNonNull(matchMethod, "matchMethod is null");
    }
}
