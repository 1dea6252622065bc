package org.medinsure.warehouse.exports;

import java.util.Objects;
import org.medinsure.warehouse.exports.report.ReportText;

/**
 * The words the exports and reports label with: column labels and formats, coded values and the
 * report's own text, bundled or extended by the user's files ({@code --config}).
 */
public record ExportKnowledge(ColumnLabels labels, CodedValues codes, ReportText text) {
    public ExportKnowledge {
        Objects.requireNonNull(labels, "labels is null");
        Objects.requireNonNull(codes, "codes is null");
        Objects.requireNonNull(text, "text is null");
    }

    public static ExportKnowledge bundled() {
        return new ExportKnowledge(ColumnLabels.bundled(), CodedValues.bundled(), ReportText.bundled());
    }
}
