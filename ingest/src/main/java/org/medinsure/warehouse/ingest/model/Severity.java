package org.medinsure.warehouse.ingest.model;

/** How bad a {@link Problem} is: an error loses a fact, a warning only doubts one. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
