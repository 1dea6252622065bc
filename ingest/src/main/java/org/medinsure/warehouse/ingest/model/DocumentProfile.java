package org.medinsure.warehouse.ingest.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a document says about itself: its family, the department that published it, the fiscal
 * year it is about, and the words that name its area (the department, title and headers), which
 * transform resolves to an administrative-division code. Any field but {@code docType} may be
 * null when the text does not say.
 *
 * @param traditional true when the document was printed in traditional script and read folded to
 *     simplified characters (department and facts are then simplified; bronze keeps printed names)
 */
public record DocumentProfile(
        DocumentType docType,
        String department,
        Integer fiscalYear,
        String regionContext,
        boolean traditional) implements Serializable {
    public DocumentProfile {
        Objects.requireNonNull(docType, "docType is null");
    }

    public DocumentProfile(DocumentType docType, String department, Integer fiscalYear, String regionContext) {
        this(docType, department, fiscalYear, regionContext, false);
    }
}
