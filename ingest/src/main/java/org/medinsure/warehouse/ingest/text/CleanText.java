package org.medinsure.warehouse.ingest.text;

import java.util.List;
import java.util.Objects;

/**
 * A document's lines after {@link TextCleaner}: markup resolved, full-width forms folded, page
 * footers and revision residue blanked. Line {@code i} of the list is line {@code i + 1} of the
 * text; dropped lines stay as empty lines so that positions never shift. For plain text that is
 * line {@code i + 1} of the file; a structured file's rendered lines are mapped back by
 * {@code origins}.
 */
public record CleanText(String sourcePath, List<SourceLine> lines, LineOrigins origins,
                        List<ChineseScript.FoldedLine> printed) {
    public CleanText {
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(origins, "origins is null");
        lines = List.copyOf(lines);
        printed = printed == null ? null : List.copyOf(printed);
    }

    public CleanText(String sourcePath, List<SourceLine> lines, LineOrigins origins) {
        this(sourcePath, lines, origins, null);
    }

    public CleanText(String sourcePath, List<SourceLine> lines) {
        this(sourcePath, lines, LineOrigins.identity(), null);
    }

    /** Whether the text was folded from traditional script (its printed lines are kept). */
    public boolean folded() {
        return printed != null;
    }

    /**
     * The printed form of a text read on a line of a folded document; the text itself when the
     * document was not folded or the line does not hold it.
     */
    public String printedOf(String text, int line) {
        if (printed == null || text == null || line < 1 || line > printed.size()) {
            return text;
        }
        String found = printed.get(line - 1).printedOf(text);
        return found == null ? text : found;
    }

    /** {@code path: line N} with the file line of a rendered line, for problem messages. */
    public String at(int line) {
        return sourcePath + ": line " + origins.sourceLine(line);
    }

    public SourceLine line(int number) {
        return lines.get(number - 1);
    }

    /** The last line at or before {@code from} that holds text; 0 when there is none. */
    public int lastNonBlankLine(int from) {
        for (int line = Math.min(from, lines.size()); line >= 1; line--) {
            if (!lines.get(line - 1).isBlank()) {
                return line;
            }
        }
        return 0;
    }

    public int size() {
        return lines.size();
    }

    /** The whole cleaned text joined by newlines, for document-wide searches. */
    public String joined() {
        int length = 0;
        for (SourceLine line : lines) {
            length += line.text().length() + 1;
        }
        // copied into one char array, which costs less than appending line by line
        char[] text = new char[length];
        int at = 0;
        for (SourceLine line : lines) {
            String printed = line.text();
            printed.getChars(0, printed.length(), text, at);
            at += printed.length();
            text[at++] = '\n';
        }
        return new String(text);
    }
}
