package org.medinsure.warehouse.ingest.model;

/** The family of a published document, as stored in {@code documents.doc_type}. */
public enum DocumentType {
    DECLARATION("declaration"),
    SELF_EVALUATION("self_evaluation"),
    BUDGET("budget"),
    FINAL_ACCOUNTS("final_accounts"),
    MIXED("mixed"),
    UNKNOWN("unknown");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
