package org.medinsure.warehouse.ingest.model;

/** The family of a published document, as stored in {@code documents.doc_type}. */
public enum DocumentType {
    DECLARATION("declaration"),
    SELF_EVALUATION("self_evaluation"),
    BUDGET("budget"),
    FINAL_ACCOUNTS("final_accounts"),
    /** A notice allocating funds to regions (下达…资金的通知, 资金分配表). */
    ALLOCATION("allocation"),
    MIXED("mixed"),
    UNKNOWN("unknown");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<DocumentType> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
