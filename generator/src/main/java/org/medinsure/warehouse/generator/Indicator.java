package org.medinsure.warehouse.generator;

import java.util.Objects;

/**
 * One performance indicator as printed and as the gold states it: the printed value, and its
 * comparator (>=, <=, >, <, =; null when qualitative), number, unit and qualitative text.
 * {@code actualRaw} is the achieved value of a self-evaluation, null in a declaration.
 */
public record Indicator(String level1, String level2, String name, String rawValue, String comparator, Double number,
                        String unit, String qualitative, String actualRaw) {
    public Indicator {
        Objects.requireNonNull(level1, "level1 is null");
        Objects.requireNonNull(level2, "level2 is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(rawValue, "rawValue is null");
    }

    public Indicator withActual(String actual) {
        return new Indicator(level1, level2, name, rawValue, comparator, number, unit, qualitative, actual);
    }
}
