package org.medinsure.warehouse.ingest.parse;

import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.Severity;

/** How far a file was read: the {@code documents.status} column. */
public enum DocumentStatus {
    PARSED("parsed"),
    PARTIAL("partial"),
    REJECTED("rejected"),
    DUPLICATE("duplicate");

    private final String code;

    DocumentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Rejected: nothing usable; partial: facts loaded but something was lost; parsed otherwise. */
    public static DocumentStatus of(ParsedDocument document) {
        boolean hasFacts = !document.projects().isEmpty() || !document.budgetLines().isEmpty()
                || !document.totals().isEmpty() || !document.executions().isEmpty();
        boolean hasErrors = document.problems().stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
        if (!hasFacts && (hasErrors || document.profile().docType() == DocumentType.UNKNOWN)) {
            return REJECTED;
        }
        return hasErrors ? PARTIAL : PARSED;
    }
}
