package org.medinsure.warehouse.exports.report;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;

/** The report's own words ({@code exports/report-text.csv}): headings and explanations, with placeholders. */
public final class ReportText {
    private static final String RESOURCE = "/exports/report-text.csv";
    /** The name a user's file takes in the --config folder. */
    public static final String FILE = "report-text.csv";
    private final Map<String, String> texts;

    private ReportText(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    public static ReportText bundled() {
        return load(List.of());
    }

    /** The bundled words, extended by the user's files of the same shape: a row of the same key overrides. */
    public static ReportText load(List<Path> userFiles) {
        Map<String, String> texts = new HashMap<>();
        List<KnowledgeFile> files = new ArrayList<>(List.of(KnowledgeFile.bundled(RESOURCE, "key", "text")));
        userFiles.forEach(file -> files.add(KnowledgeFile.file(file, "key", "text")));
        for (KnowledgeFile file : files) {
            for (KnowledgeFile.Row row : file.rows()) {
                texts.put(row.get("key"), row.get("text"));
            }
        }
        return new ReportText(texts);
    }

    /** The text of a key with its placeholders filled; a missing key is a packaging error. */
    public String get(String key, Object... arguments) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("No text '" + key + "' in " + RESOURCE);
        }
        // every argument is preformatted text or an integer; MessageFormat would group digits of years
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(text.replace("'", "''"), Locale.ROOT).format(plain);
    }
}
