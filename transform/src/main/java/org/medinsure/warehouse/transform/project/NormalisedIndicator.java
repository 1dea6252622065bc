package org.medinsure.warehouse.transform.project;

import java.io.Serializable;
import java.util.Objects;

/**
 * An indicator made comparable: canonical levels and taxonomy code, and its target parsed into
 * comparator, number, canonical unit and the value in the unit's base (yuan, persons, percent).
 *
 * @param matchMethod {@code exact}, {@code synonym}, {@code fuzzy} or {@code unmatched}
 * @param matchConfidence 0 to 1
 * @param unit canonical unit; where the value prints none it is borrowed (see {@code unitSource})
 * @param qualitative the printed target when it is words or a date
 * @param actualValue the actual (self-evaluation) value in the unit's base
 * @param qualitativeRank ordinal rank (1–5) of a qualitative target, {@code taxonomy/qualitative.csv}
 * @param unitSource where the unit came from: {@code value}, {@code name}, {@code level}, {@code header},
 *     {@code concept}, or null when there is no unit
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
        Double actualValue,
        Integer qualitativeRank,
        String unitSource) implements Serializable {
    public NormalisedIndicator {
        Objects.requireNonNull(indicatorId, "indicatorId is null");
        Objects.requireNonNull(matchMethod, "matchMethod is null");
    }
}
