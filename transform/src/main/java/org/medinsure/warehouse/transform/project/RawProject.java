package org.medinsure.warehouse.transform.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A project form's header as ingest read it (bronze {@code project_forms}).
 *
 * @param declaredUnit the money unit the form declares for its amounts ({@code 单位：万元}), null when none
 */
public record RawProject(
        String projectId,
        String projectName,
        String formKind,
        String implementingUnit,
        BigDecimal budgetYuan,
        BigDecimal executedYuan,
        String basisText,
        String declaredUnit) implements Serializable {
    public RawProject {
        Objects.requireNonNull(projectId, "projectId is null");
    }
}
