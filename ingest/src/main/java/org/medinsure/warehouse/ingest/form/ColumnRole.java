package org.medinsure.warehouse.ingest.form;

import java.util.Arrays;
import java.util.Optional;

/** What a column of an indicator table holds, as named in {@code form-labels.csv}. */
public enum ColumnRole {
    LEVEL1("level1"),
    LEVEL2("level2"),
    NAME("name"),
    VALUE("value"),
    STANDARD("standard"),
    ACTUAL("actual"),
    WEIGHT("weight"),
    SCORE("score"),
    GAP("gap"),
    NOTE("note"),
    /** A column the table prints that no fact is read from (评分标准, 指标解释 …). */
    OTHER("other");

    private final String code;

    ColumnRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ColumnRole> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
