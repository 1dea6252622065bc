package org.medinsure.warehouse.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;

/**
 * Chinese labels, display formats and descriptions of warehouse tables and columns
 * ({@code exports/column-labels.csv}), for spreadsheet sheets and headers and for reports.
 */
public final class ColumnLabels {
    private static final String RESOURCE = "/exports/column-labels.csv";
    /** The name a user's file takes in the --config folder. */
    public static final String FILE = "column-labels.csv";
    private static final String[] COLUMNS = {"column", "label", "format", "description"};

    /** How a figure is shown. */
    public enum Format {
        /** No particular format. */
        PLAIN,
        /** Money: #,##0.00. */
        MONEY,
        /** A fraction shown as a percentage: 0.97 is 97.0%. */
        SHARE,
        /** Percent points shown with a percent sign: 95 is 95.0%. */
        POINTS,
        /** A ratio: 0.00. */
        RATIO
    }

    private record Entry(String label, Format format, String description) {
    }

    private final Map<String, Entry> entries;

    private ColumnLabels(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static ColumnLabels bundled() {
        return load(List.of());
    }

    /** The bundled labels, extended by the user's files of the same shape: a row of the same column overrides. */
    public static ColumnLabels load(List<Path> userFiles) {
        Map<String, Entry> entries = new HashMap<>();
        List<KnowledgeFile> files = new ArrayList<>();
        files.add(KnowledgeFile.bundled(RESOURCE, COLUMNS));
        userFiles.forEach(file -> files.add(KnowledgeFile.file(file, COLUMNS)));
        for (KnowledgeFile file : files) {
            for (KnowledgeFile.Row row : file.rows()) {
                String format = row.get("format");
                Format parsed;
                try {
                    parsed = format.isEmpty() ? Format.PLAIN : Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown format '" + format + "' for " + row.get("column") + " at "
                            + row.where() + ": expected money, share, points, ratio or nothing", e);
                }
                entries.put(row.get("column"), new Entry(row.get("label"), parsed, row.get("description")));
            }
        }
        return new ColumnLabels(entries);
    }

    /** The Chinese label, or the name itself when none is known. */
    public String label(String name) {
        Entry entry = entries.get(name);
        return entry == null || entry.label().isEmpty() ? name : entry.label();
    }

    public Format format(String name) {
        Entry entry = entries.get(name);
        return entry == null ? Format.PLAIN : entry.format();
    }

    /** The Chinese description, or {@code fallback} (the English comment) when none is known. */
    public String description(String name, String fallback) {
        Entry entry = entries.get(name);
        return entry == null || entry.description().isEmpty() ? fallback : entry.description();
    }
}
