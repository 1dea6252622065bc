package org.medinsure.warehouse.ingest.text;

/**
 * Whitespace tests and removal as plain character loops. Parsers squeeze whitespace out of every
 * line and cell, often several times, so this must not cost a regex per call. The whitespace set
 * is the one of the regex class {@code [\s\u3000]} ({@code \s} without UNICODE_CHARACTER_CLASS is
 * {@code [ \t\n\x0B\f\r]}), which is what the parsers used before, so results are unchanged.
 */
public final class Spaces {
    private Spaces() {
    }

    /** True for a character of the regex class {@code \s}: space, tab, LF, VT, FF, CR. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** True for {@code \s} or the ideographic space U+3000. */
    public static boolean isSpaceOrIdeographic(char c) {
        return isRegexSpace(c) || c == '\u3000';
    }

    /**
     * The text without any {@code \s} or U+3000 character, as {@code replaceAll("[\\s\\u3000]+", "")};
     * the same instance when there is nothing to remove.
     */
    public static String removeAll(String text) {
        int length = text.length();
        int first = 0;
        while (first < length && !isSpaceOrIdeographic(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length - 1).append(text, 0, first);
        for (int i = first + 1; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpaceOrIdeographic(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text without any {@code \s} character (U+3000 kept), as {@code replaceAll("\\s+", "")}. */
    public static String removeRegexSpaces(String text) {
        int length = text.length();
        int first = 0;
        while (first < length && !isRegexSpace(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length - 1).append(text, 0, first);
        for (int i = first + 1; i < length; i++) {
            char c = text.charAt(i);
            if (!isRegexSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
