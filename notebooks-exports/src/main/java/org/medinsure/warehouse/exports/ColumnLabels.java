package org.medinsure.warehouse.exports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Chinese labels of warehouse columns ({@code exports/column-labels.csv}), for spreadsheet headers. */
public final class ColumnLabels {
    private static final String RESOURCE = "/exports/column-labels.csv";
    private final Map<String, String> labels;

    private ColumnLabels(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    public static ColumnLabels bundled() {
        Map<String, String> labels = new HashMap<>();
        try (InputStream in = ColumnLabels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Cannot find " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma <= 0) {
                    throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected column,label: " + line);
                }
                labels.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new ColumnLabels(labels);
    }

    /** The Chinese label, or the column name itself when none is known. */
    public String label(String column) {
        return labels.getOrDefault(column, column);
    }
}
