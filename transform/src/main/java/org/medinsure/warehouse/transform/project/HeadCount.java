package org.medinsure.warehouse.transform.project;

import java.io.Serializable;
import java.util.Objects;

/**
 * A project's beneficiary head-count and where it came from.
 *
 * @param persons the head-count; a printed bound ({@code ≥17900人}) is recorded as its number
 * @param source {@code indicator} (a head-count indicator), {@code basis} (the 测算依据 formula
 *     {@code 658090人×32元})
 * @param comparator the indicator's comparator ({@code >=} for a minimum), {@code =} for the formula
 */
public record HeadCount(long persons, String source, String comparator) implements Serializable {
    public static final String INDICATOR = "indicator";
    public static final String BASIS = "basis";

    public HeadCount {
        Objects.requireNonNull(source, "source is null");
        if (persons < 0) {
            throw new IllegalArgumentException("Head-count must not be negative: " + persons);
        }
    }
}
