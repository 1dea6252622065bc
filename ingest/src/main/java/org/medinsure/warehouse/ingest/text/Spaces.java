package org.medinsure.warehouse.ingest.text;

import java.util.Arrays;

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

    /**
     * Scans for the first removable character with charAt, the common case being none; from there
     * on the kept characters are compacted in a char array, which the JIT loops over faster than
     * it appends to a builder. The same instance is returned when nothing is removed.
     */
    private static String remove(String text, boolean ideographic) {
        int length = text.length();
        int first = 0;
        while (first < length && !removable(text.charAt(first), ideographic)) {
            first++;
        }
        if (first == length) {
            return text;
        }
        char[] chars = text.toCharArray();
        int kept = first;
        for (int i = first + 1; i < length; i++) {
            char c = chars[i];
            if (!removable(c, ideographic)) {
                chars[kept++] = c;
            }
        }
        return new String(chars, 0, kept);
    }

    private static boolean removable(char c, boolean ideographic) {
        return isRegexSpace(c) || (ideographic && c == '\u3000');
    }

    /**
     * Builds one long text from many pieces with their {@code \s} and U+3000 characters removed
     * (as {@link #removeAll} would remove them), in one char array instead of a string per piece.
     */
    public static final class Builder {
        private char[] chars = new char[1024];
        private int length;

        public int length() {
            return length;
        }

        /** Appends the text without its whitespace; returns how many characters were kept. */
        public int append(String text) {
            if (chars.length - length < text.length()) {
                chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + text.length()));
            }
            text.getChars(0, text.length(), chars, length);
            int start = length;
            int kept = length;
            for (int i = start; i < start + text.length(); i++) {
                char c = chars[i];
                if (!removable(c, true)) {
                    chars[kept++] = c;
                }
            }
            length = kept;
            return kept - start;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
