package org.medinsure.warehouse.ingest.form;

import java.util.regex.Pattern;

/**
 * Normalises indicator names the way the gold standard prints them: trimmed, runs of whitespace
 * made one space, and whitespace that extraction put between two CJK characters or between a digit
 * and a CJK character removed ({@code 受益群众满意 度} → {@code 受益群众满意度}). Everything else,
 * prefixes like {@code 指标1: } included, is kept as printed.
 */
public final class IndicatorNames {
    private static final String CJK = "\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’";
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[" + CJK + "])\\s+(?=[" + CJK + "\\d])|(?<=[" + CJK + "\\d])\\s+(?=[" + CJK + "])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private IndicatorNames() {
    }

    public static String normalize(String printed) {
        if (printed == null) {
            return null;
        }
        String stripped = printed.strip();
        if (!hasRegexSpace(stripped)) {
            return stripped; // both patterns need whitespace: most names have none left after strip
        }
        String text = SPACES.matcher(stripped).replaceAll(" ");
        return CJK_GAP.matcher(text).replaceAll("");
    }

    private static boolean hasRegexSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                return true;
            }
        }
        return false;
    }
}
