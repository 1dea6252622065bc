package org.medinsure.warehouse.ingest.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.knowledge.UnitSpellings;

/**
 * A unit printed in parentheses after a heading ({@code 成本指标（万元）}, {@code 数量指标（人次）}), or
 * alone in a cell where a merged heading cell wraps onto its next row ({@code （万元）}). The heading is
 * matched without it; the unit is kept as a hint for the values of the heading's rows.
 */
final class UnitAnnotation {
    private static final String UNITS = UnitSpellings.alternation();
    private static final Pattern ANNOTATION = Pattern.compile("[(（]\\s*(" + UNITS + ")\\s*[)）]");
    private static final Pattern ALONE = Pattern.compile("^\\s*[(（]\\s*(" + UNITS + ")\\s*[)）]\\s*$");

    private UnitAnnotation() {
    }

    /** The unit of the last annotation in a text, or null. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = ANNOTATION.matcher(text);
        String unit = null;
        while (matcher.find()) {
            unit = matcher.group(1);
        }
        return unit;
    }

    /** The text without its unit annotations. */
    static String strip(String text) {
        return ANNOTATION.matcher(text).replaceAll("");
    }

    /** True for a cell that holds nothing but an annotation: the wrapped tail of a merged heading. */
    static boolean isAlone(String text) {
        return text != null && ALONE.matcher(text).matches();
    }
}
