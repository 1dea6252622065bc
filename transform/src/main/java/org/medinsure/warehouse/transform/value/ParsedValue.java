package org.medinsure.warehouse.transform.value;

import java.io.Serializable;
import java.util.Objects;

/**
 * A value cell read into comparator, number, canonical unit and base value, or kept as words.
 *
 * @param comparator {@code >=}, {@code <=}, {@code =}, {@code >}, {@code <}; {@code =} for a bare number,
 *     null for anything that is not a number
 * @param number the number as printed (31.7 for {@code 31.7万})
 * @param unit canonical unit ({@code 万人} for {@code 31.7万} counting persons), null when none
 * @param unitSource where the unit came from
 * @param base the value in the unit's base: yuan for money, persons, percent points …; the scaled number
 *     when there is no unit
 * @param qualitative the printed text when the value is words or a date, else null
 * @param rank the ordinal rank of a qualitative value (1–5), null when not ranked
 */
public record ParsedValue(
        ValueKind kind,
        String comparator,
        Double number,
        String unit,
        UnitSource unitSource,
        Double base,
        String qualitative,
        Integer rank) implements Serializable {
    public ParsedValue {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(unitSource, "unitSource is null");
    }

    static ParsedValue empty() {
        return new ParsedValue(ValueKind.EMPTY, null, null, null, UnitSource.NONE, null, null, null);
    }

    static ParsedValue unparsed() {
        return new ParsedValue(ValueKind.UNPARSED, null, null, null, UnitSource.NONE, null, null, null);
    }

    public boolean isNumber() {
        return kind == ValueKind.NUMBER;
    }
}
