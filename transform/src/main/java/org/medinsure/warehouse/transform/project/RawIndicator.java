package org.medinsure.warehouse.transform.project;

import java.io.Serializable;
import java.util.Objects;

/**
 * An indicator row as ingest read it (bronze {@code indicator_rows}).
 *
 * @param unitHint the unit annotation of the row's level-2 heading ({@code 万元} of {@code 成本指标（万元）}),
 *     which {@code level2} is stored without; null when none
 */
public record RawIndicator(
        String indicatorId,
        long sourceLine,
        String level1,
        String level2,
        String name,
        String valueRaw,
        String standardRaw,
        String actualRaw,
        String unitHint) implements Serializable {
    public RawIndicator {
        Objects.requireNonNull(indicatorId, "indicatorId is null");
    }
}
