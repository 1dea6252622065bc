package org.medinsure.warehouse.exports;

import java.util.HashMap;
import java.util.Map;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;

/** Chinese labels of warehouse columns ({@code exports/column-labels.csv}), for spreadsheet headers. */
public final class ColumnLabels {
    private static final String RESOURCE = "/exports/column-labels.csv";
    private final Map<String, String> labels;

    private ColumnLabels(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    public static ColumnLabels bundled() {
        Map<String, String> labels = new HashMap<>();
        for (KnowledgeFile.Row row : KnowledgeFile.bundled(RESOURCE, "column", "label").rows()) {
            labels.put(row.get("column"), row.get("label"));
        }
        return new ColumnLabels(labels);
    }

    /** The Chinese label, or the column name itself when none is known. */
    public String label(String column) {
        return labels.getOrDefault(column, column);
    }
}
