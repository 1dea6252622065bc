package org.medinsure.warehouse.cli.evaluate;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of gold record the evaluator knows: the {@code kind} field of a gold line. */
public enum RecordKind {
    DOCUMENT("document"),
    PROJECT("project"),
    INDICATOR("indicator"),
    BUDGET_LINE("budget_line"),
    TOTAL("total"),
    EXECUTION("execution"),
    ALLOCATION("allocation");

    private final String code;

    RecordKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RecordKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
