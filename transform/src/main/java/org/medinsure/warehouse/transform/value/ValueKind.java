package org.medinsure.warehouse.transform.value;

/** What a printed value turned out to be. */
public enum ValueKind {
    /** A number, with comparator and unit where printed or implied. */
    NUMBER("number"),
    /** Words (良好, 有效减轻, a statement); kept as qualitative, ranked where the scale knows them. */
    QUALITATIVE("qualitative"),
    /** A date or deadline (2022年12月底前, 8月份, 每月底前 is QUALITATIVE); kept as qualitative, no rank. */
    DATE("date"),
    /** Only a unit and no amount (the blank {@code 万元} cell). */
    UNIT_ONLY("unit_only"),
    /** Nothing printed. */
    EMPTY("empty"),
    /** Digits that do not read as one number (85..54, 90%-95%, two figures in one cell). */
    UNPARSED("unparsed");

    private final String code;

    ValueKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
