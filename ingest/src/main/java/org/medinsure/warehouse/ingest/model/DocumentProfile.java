package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a document says about itself: its family, the department that published it, the fiscal
 * year it is about, and the words that name its area (the department, title and headers), which
 * transform resolves to an administrative-division code. Any field but {@code docType} may be
 * null when the text does not say.
 */
public record DocumentProfile(
        DocumentType docType,
        String department,
        Integer fiscalYear,
        String regionContext) implements Serializable {
    public DocumentProfile {
        Objects.requireNonNull(docType, "docType is null");
    }
}
