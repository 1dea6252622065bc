package org.medinsure.warehouse.transform.taxonomy;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One canonical indicator concept of {@code taxonomy/indicators.csv}.
 *
 * @param code stable identifier, {@code family.concept}
 * @param label canonical Chinese name
 * @param level2 canonical level-2 heading the concept normally sits under, null when any
 * @param unit the unit a bare number is read in (canonical unit name), null for qualitative concepts
 * @param role {@code headcount} when the value counts the project's target population,
 *     {@code satisfaction} for the satisfaction target, else null
 * @param synonyms printed names that mean the concept, as written in the file
 * @param patterns regular expressions searched in normalised names, as written in the file
 */
public record IndicatorConcept(
        String code,
        String label,
        String level2,
        String unit,
        String role,
        List<String> synonyms,
        List<String> patterns) implements Serializable {
    public static final String HEADCOUNT = "headcount";
    public static final String SATISFACTION = "satisfaction";

    public IndicatorConcept {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(label, "label is null");
        synonyms = List.copyOf(synonyms);
        patterns = List.copyOf(patterns);
    }

    public boolean countsHeads() {
        return HEADCOUNT.equals(role);
    }
}
