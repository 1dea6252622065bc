package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Something in a document that could not be read or did not reconcile.
 *
 * @param sourceLine 1-based line of the original file, 0 when the problem concerns the whole file
 * @param check short machine-readable name of the check that failed, e.g. {@code total_mismatch}
 * @param detail what a person needs to find and judge it: the value, the expectation
 */
public record Problem(int sourceLine, String check, Severity severity, String detail) implements Serializable {
    public Problem {
        Objects.requireNonNull(check, "check is null");
        Objects.requireNonNull(severity, "severity is null");
        Objects.requireNonNull(detail, "detail is null");
    }

    public static Problem error(int sourceLine, String check, String detail) {
        return new Problem(sourceLine, check, Severity.ERROR, detail);
    }

    public static Problem warning(int sourceLine, String check, String detail) {
        return new Problem(sourceLine, check, Severity.WARNING, detail);
    }

    /** This fact with its line taken through {@code lines} (rendered position to file line). */
    public Problem withSourceLine(java.util.function.IntUnaryOperator lines) {
        return new Problem(lines.applyAsInt(sourceLine), check, severity, detail);
    }
}
