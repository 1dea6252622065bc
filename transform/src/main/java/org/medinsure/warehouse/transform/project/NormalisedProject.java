package org.medinsure.warehouse.transform.project;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.medinsure.warehouse.ingest.model.Problem;

/**
 * A project with its programme category, the head-count it serves, its normalised indicators, and
 * the problems normalisation found (values it could not parse, for instance).
 *
 * @param programme programme code of {@code taxonomy/programmes.csv}, null when no rule fits
 * @param beneficiaries head-count of the population served, null when the form gives none
 * @param beneficiariesSource {@code indicator} or {@code basis} (see {@link HeadCount}), null with no head-count
 */
public record NormalisedProject(
        String projectId,
        String programme,
        Long beneficiaries,
        List<NormalisedIndicator> indicators,
        List<Problem> problems,
        String beneficiariesSource) implements Serializable {
    public NormalisedProject {
        Objects.requireNonNull(projectId, "projectId is null");
        indicators = List.copyOf(indicators);
        problems = List.copyOf(problems);
    }
}
