package org.medinsure.warehouse.ingest.form;

import java.util.Objects;
import org.medinsure.warehouse.ingest.model.FormKind;

/**
 * The lines of one form: from {@code startLine} (its title, or its project-name line when no title
 * precedes it) up to but excluding {@code endLine}.
 *
 * @param title the form's title line as printed, or null when the form has none of its own
 * @param kind the kind its title announces, {@link FormKind#DECLARATION} when it has no title
 */
public record FormSpan(int startLine, int endLine, String title, FormKind kind) {
    public FormSpan {
        Objects.requireNonNull(kind, "kind is null");
        if (startLine < 1 || endLine <= startLine) {
            throw new IllegalArgumentException("Cannot span lines " + startLine + " to " + endLine);
        }
    }
}
