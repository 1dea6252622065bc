package org.medinsure.warehouse.transform.project;

import java.io.Serializable;
import java.util.Objects;

/** An indicator row as ingest read it (bronze {@code indicator_rows}). */
public record RawIndicator(
        String indicatorId,
        long sourceLine,
        String level1,
        String level2,
        String name,
        String valueRaw,
        String standardRaw,
        String actualRaw) implements Serializable {
    public RawIndicator {
        Objects.requireNonNull(indicatorId, "indicatorId is null");
    }
}
