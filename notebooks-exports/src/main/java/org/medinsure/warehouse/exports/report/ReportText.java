package org.medinsure.warehouse.exports.report;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;

/** The report's own words ({@code exports/report-text.csv}): headings and explanations, with placeholders. */
public final class ReportText {
    private static final String RESOURCE = "/exports/report-text.csv";
    private final Map<String, String> texts;

    private ReportText(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    public static ReportText bundled() {
        Map<String, String> texts = new HashMap<>();
        for (KnowledgeFile.Row row : KnowledgeFile.bundled(RESOURCE, "key", "text").rows()) {
            texts.put(row.get("key"), row.get("text"));
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
