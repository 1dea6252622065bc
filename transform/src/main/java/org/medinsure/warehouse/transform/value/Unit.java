package org.medinsure.warehouse.transform.value;

import java.io.Serializable;
import java.util.Objects;

/**
 * A canonical unit and how it converts to the base unit of its dimension.
 *
 * @param name canonical name as written to silver ({@code %}, {@code 万元}, {@code 人} …)
 * @param dimension what it measures ({@code money}, {@code persons}, {@code percent} …)
 * @param base the dimension's base unit ({@code 元} for money)
 * @param factor base units per unit (10000 for 万元)
 */
public record Unit(String name, String dimension, String base, double factor) implements Serializable {
    public Unit {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(dimension, "dimension is null");
        Objects.requireNonNull(base, "base is null");
        if (!(factor > 0)) {
            throw new IllegalArgumentException("Unit factor must be positive: " + name + " " + factor);
        }
    }

    public boolean isMoney() {
        return dimension.equals("money");
    }

    public boolean isPersons() {
        return dimension.equals("persons");
    }

    public boolean isPercent() {
        return dimension.equals("percent");
    }
}
