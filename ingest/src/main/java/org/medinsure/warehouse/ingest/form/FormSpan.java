package org.medinsure.warehouse.ingest.form;

/**
 * The lines of one project form: from {@code startLine} (its title, or its project-name line when
 * no title precedes it) up to but excluding {@code endLine}.
 *
 * @param title the form's title line as printed, or null when the form has none of its own
 */
public record FormSpan(int startLine, int endLine, String title) {
    public FormSpan {
        if (startLine < 1 || endLine <= startLine) {
            throw new IllegalArgumentException("Cannot span lines " + startLine + " to " + endLine);
        }
    }
}
