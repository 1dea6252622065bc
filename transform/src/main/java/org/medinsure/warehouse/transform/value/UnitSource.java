package org.medinsure.warehouse.transform.value;

/** Where the unit of a value came from, in the order they are tried. */
public enum UnitSource {
    /** Printed in the value itself ({@code 350 万元}). */
    VALUE("value"),
    /** Printed in the indicator name ({@code 住院情况（人次）}). */
    NAME("name"),
    /** Printed in the level-2 heading ({@code 成本指标（万元）}), also on a row of its own. */
    LEVEL("level"),
    /** Declared by the form for its amounts ({@code 单位：万元}), taken by a bare money value. */
    HEADER("header"),
    /** The expected unit of the matched taxonomy concept ({@code ≥96} for a satisfaction indicator is %). */
    CONCEPT("concept"),
    /** No unit anywhere. */
    NONE("none");

    private final String code;

    UnitSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
