package org.medinsure.warehouse.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns extracted text into clean lines without moving any line. It resolves the HTML fragments
 * that converters leave in cells ({@code <p>}, {@code <li>}, {@code <br>}, checkboxes as ☑/☐),
 * folds full-width ASCII forms to half-width (digits, letters, %, parentheses stay comparable),
 * removes Word revision residue ({@code 删除[Administrator]:}) and blanks page footers
 * ({@code — 13 —}, {@code - 2 -}, {@code 第 3 页}). Tabs are kept: they are column separators.
 */
public final class TextCleaner {
    private static final Pattern CHECKED_BOX = Pattern.compile("<input[^>]*\\bchecked\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNCHECKED_BOX = Pattern.compile("<input[^>]*type=\"?checkbox\"?[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile("</?(p|li|ol|ul|br|div|tr)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern REVISION = Pattern.compile("(删除|插入|批注|带格式的?|格式的?|设置格式)\\[[^\\]]{1,40}\\][:：]\\s*");
    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "^\\s*(?:[—–\\-－]+\\s*\\d{1,4}\\s*[—–\\-－]+|第\\s*\\d{1,4}\\s*页(?:\\s*[，,]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})\\s*$");
    private static final Pattern MULTI_SPACE = Pattern.compile(" {2,}");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MARKDOWN_BOLD = Pattern.compile("\\*\\*([^*\\t]*[^*\\s][^*\\t]*)\\*\\*");

    private TextCleaner() {
    }

    public static CleanText clean(String sourcePath, String text) {
        return new CleanText(sourcePath, withoutRunningHeads(lines(text)));
    }

    /** The text's cleaned lines, one per line of the file. */
    private static List<SourceLine> lines(String text) {
        // lines end at \r\n, \r or \n; a final newline does not open another line
        List<SourceLine> lines = new ArrayList<>();
        int length = text.length();
        if (text.indexOf('\r') < 0) {
            // only \n: let indexOf find the line ends, much faster than testing every character
            int start = 0;
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                lines.add(new SourceLine(lines.size() + 1, cleanLine(text.substring(start, end))));
                start = end + 1;
            }
            if (start < length) {
                lines.add(new SourceLine(lines.size() + 1, cleanLine(text.substring(start))));
            }
            return lines;
        }
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(lines.size() + 1, cleanLine(text.substring(start, i))));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(new SourceLine(lines.size() + 1, cleanLine(text.substring(start))));
        }
        return lines;
    }

    /**
     * The lines with a page's running head blanked: the first line of a page (after a form feed or
     * a page footer) whose text also heads another page or the document. The document's own first
     * line stays: there it is the title.
     */
    private static List<SourceLine> withoutRunningHeads(List<SourceLine> lines) {
        List<Integer> heads = new ArrayList<>();
        boolean pageStart = false;
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.text().indexOf('\f') >= 0) {
                pageStart = true; // a form feed, or a footer the cleaner blanked to one
            }
            if (line.isBlank()) {
                continue;
            }
            if (first < 0) {
                first = i;
            } else if (pageStart) {
                heads.add(i);
            }
            pageStart = false;
        }
        if (heads.isEmpty()) {
            return lines;
        }
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int head : heads) {
            seen.merge(Spaces.removeAll(lines.get(head).text()), 1, Integer::sum);
        }
        String title = Spaces.removeAll(lines.get(first).text());
        List<SourceLine> cleaned = new ArrayList<>(lines);
        for (int head : heads) {
            String text = Spaces.removeAll(lines.get(head).text());
            if (seen.get(text) >= 2 || text.equals(title)) {
                cleaned.set(head, new SourceLine(lines.get(head).number(), "\f")); // blank, still a page break
            }
        }
        return cleaned;
    }

    /**
     * The text of one cell or paragraph of a structured source (HTML, Office): no-break spaces
     * become spaces, runs of whitespace one space, full-width forms are folded and revision
     * residue removed. Page-footer blanking is for extracted page text only.
     */
    public static String cleanPiece(String piece) {
        StringBuilder out = new StringBuilder(piece.length());
        boolean space = false;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            boolean blank = Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B';
            if (blank) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        String text = out.toString();
        if (text.indexOf('[') >= 0) {
            text = replaceAllAt(REVISION, text, '[', 2, 4, "");
        }
        return foldWidth(text);
    }

    static String cleanLine(String raw) {
        // markdown emphasis around a title (**表1 部门收支总表**) and heading marks (### 收入支出决算总表)
        // are no part of the text
        String line = raw.indexOf("**") >= 0 ? MARKDOWN_BOLD.matcher(raw).replaceAll("$1") : raw;
        if (!line.isEmpty() && line.charAt(0) == '#') {
            line = MARKDOWN_HEADING.matcher(line).replaceFirst("");
        }
        // one pass over the raw line tells which of the steps have anything to do, as almost
        // every line needs none or only the width folding
        boolean footerCharacters = true;
        boolean digit = false;
        boolean marked = false;
        boolean fold = false;
        boolean tab = false;
        boolean doubleSpace = false;
        boolean previousSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (footerCharacters && !isFooterCharacter(c)) {
                footerCharacters = false;
            }
            marked |= c == '<' || c == '[';
            tab |= c == '\t';
            if (!fold) {
                fold = c == '\u3000' || (c >= '\uFF01' && c <= '\uFF5E' && FOLDS[c - '\uFF00']);
            }
            // after folding, U+3000 is a space too: two of them in a row make a double space
            boolean space = c == ' ' || c == '\u3000';
            doubleSpace |= space && previousSpace;
            previousSpace = space;
        }
        if (footerCharacters && digit && PAGE_FOOTER.matcher(line).matches()) {
            return "\f"; // blank, and a page break for the running-head check
        }
        if (marked) {
            return cleanMarkup(line);
        }
        String text = fold ? foldWidth(line) : line;
        if (doubleSpace && tab) {
            text = MULTI_SPACE.matcher(text).replaceAll(" ");
        }
        return text;
    }

    /** The steps after the footer test for a line holding markup or revision brackets, in order. */
    private static String cleanMarkup(String line) {
        String text = line;
        if (text.indexOf('<') >= 0) {
            // every tag match starts with <: the patterns are tried only there
            if (mayHoldInput(text)) { // both checkbox patterns start with <input
                text = replaceAllAt(CHECKED_BOX, text, '<', 0, 0, "☑");
                text = replaceAllAt(UNCHECKED_BOX, text, '<', 0, 0, "☐");
            }
            text = replaceAllAt(BLOCK_TAG, text, '<', 0, 0, " ");
            text = replaceAllAt(ANY_TAG, text, '<', 0, 0, "");
            text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }
        if (text.indexOf('[') >= 0) {
            // a revision mark is a 2- to 4-character word and then [
            text = replaceAllAt(REVISION, text, '[', 2, 4, "");
        }
        text = foldWidth(text);
        if (text.indexOf("  ") >= 0 && text.indexOf('\t') >= 0) {
            text = MULTI_SPACE.matcher(text).replaceAll(" ");
        }
        return text;
    }

    /**
     * {@code pattern.matcher(text).replaceAll(replacement)} (with a replacement free of {@code $}
     * and {@code \\}) for a pattern whose every match holds {@code anchor} {@code minLead} to
     * {@code maxLead} characters after its start, as its first such character, and is never empty.
     * The regex is tried only at those starts, in increasing order and after the previous match,
     * which are the matches find() would meet; bounds are transparent, so look-arounds see the
     * whole text.
     */
    static String replaceAllAt(Pattern pattern, String text, char anchor, int minLead, int maxLead,
                               String replacement) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0; // text before this index is in out, or unchanged while out is null
        int next = 0; // the first start not yet tried: after the last match or the last start tried
        for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
            for (int start = Math.max(next, at - maxLead); start <= at - minLead; start++) {
                if (matcher.region(start, text.length()).lookingAt()) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copied, start).append(replacement);
                    copied = matcher.end();
                    next = matcher.end();
                    break;
                }
            }
            next = Math.max(next, at - minLead + 1);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether some {@code <} is followed by {@code input} in any case (a superset of the patterns' ASCII case). */
    private static boolean mayHoldInput(String text) {
        for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
            if (text.regionMatches(true, at + 1, "input", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A character other than a digit that {@link #PAGE_FOOTER} can match (whitespace, dashes,
     * 第/页/共, commas, a slash): a line with any other character cannot be a footer, which spares
     * the regex on every ordinary line.
     */
    private static boolean isFooterCharacter(char c) {
        return Spaces.isRegexSpace(c) || "—–-－第页共，,/".indexOf(c) >= 0;
    }

    /**
     * Full-width ASCII variants (Ｕ+FF01–FF5E) and the ideographic space become their ASCII forms,
     * except the full-width comma, colon, semicolon and parentheses, which Chinese text uses as
     * punctuation of its own and names keep as printed.
     */
    static String foldWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = c;
            if (c == '\u3000') {
                folded = ' ';
            } else if (c >= '\uFF01' && c <= '\uFF5E' && !keepsFullWidth(c)) {
                folded = (char) (c - 0xFEE0);
            }
            if (folded != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(folded);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Indexed by {@code c - U+FF00}: whether a full-width character is folded (not kept). */
    private static final boolean[] FOLDS = new boolean[0x5F];

    static {
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            FOLDS[c - '\uFF00'] = !keepsFullWidth(c);
        }
    }

    private static boolean keepsFullWidth(char c) {
        return c == '，' || c == '：' || c == '；' || c == '（' || c == '）' || c == '！' || c == '？';
    }
}
