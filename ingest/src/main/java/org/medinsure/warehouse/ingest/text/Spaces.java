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
        return remove(text, true);
    }

    /** The text without any {@code \s} character (U+3000 kept), as {@code replaceAll("\\s+", "")}. */
    public static String removeRegexSpaces(String text) {
        return remove(text, false);
    }

    /** Copies the runs between removed characters whole; the same instance when nothing is removed. */
    private static String remove(String text, boolean ideographic) {
        int length = text.length();
        StringBuilder out = null;
        int run = 0; // start of the run of kept characters not yet copied
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c) || (ideographic && c == '\u3000')) {
                if (out == null) {
                    out = new StringBuilder(length - 1);
                }
                out.append(text, run, i);
                run = i + 1;
            }
        }
        return out == null ? text : out.append(text, run, length).toString();
    }
}
