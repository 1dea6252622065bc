package org.medinsure.warehouse.transform.taxonomy;

import java.io.Serializable;
import java.util.Objects;

/**
 * A programme category of {@code taxonomy/programmes.csv}.
 *
 * @param code stable identifier, e.g. {@code medical_assistance}
 * @param label Chinese name
 * @param priority higher rules are tried first
 */
public record Programme(String code, String label, int priority) implements Serializable {
    public Programme {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(label, "label is null");
    }
}
