package org.medinsure.warehouse.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.layout.Cell;

/**
 * Folds a page re-served in traditional script back to simplified characters, so that labels,
 * titles and names match the vocabularies and the region table. The character mapping is
 * OpenCC's {@code TSCharacters} table, as the opencc4j library ships it; each traditional
 * character becomes its first simplified reading, one character for one, which is all label
 * matching needs. Mirror sites also insert tone-marked pinyin after some characters
 * ({@code 項(xiàng)目}); such insertions are removed.
 *
 * <p>A document is folded only when traditional characters are a real share of its Chinese text
 * ({@link #MIN_SHARE}), so that a simplified document quoting one traditional name is left as
 * printed. Every folded line keeps its printed text and a map from folded to printed positions,
 * so that the printed form of a name can still be given.
 */
public final class ChineseScript {
    /** OpenCC's traditional-to-simplified character table inside the opencc4j jar. */
    private static final String TABLE = "/data/dictionary/TSCharacters.txt";
    private static final Map<Integer, Integer> SIMPLIFIED = load();
    /** The table's keys, and the Han characters of the basic plane, as bits: counting looks up every character. */
    private static final java.util.BitSet TRADITIONAL = bits(SIMPLIFIED.keySet());
    private static final java.util.BitSet HAN_BMP = hanOfBasicPlane();
    private static final Pattern PINYIN = Pattern.compile(
            "[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńň][a-zü]*)[)）]");
    /** Share of Chinese characters that must be traditional-only for a document to be folded. */
    private static final double MIN_SHARE = 0.02;
    private static final int MIN_COUNT = 3;

    private ChineseScript() {
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> map = new HashMap<>();
        try (InputStream in = ChineseScript.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("Cannot find OpenCC table " + TABLE + " on the class path (opencc4j)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] parts = line.strip().split("\t");
                if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isBlank()) {
                    int traditional = parts[0].codePointAt(0);
                    int simplified = parts[1].strip().split(" ")[0].codePointAt(0);
                    if (traditional != simplified) {
                        map.put(traditional, simplified);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenCC table " + TABLE, e);
        }
        return Map.copyOf(map);
    }

    private static java.util.BitSet bits(java.util.Set<Integer> codePoints) {
        java.util.BitSet bits = new java.util.BitSet();
        codePoints.forEach(bits::set);
        return bits;
    }

    private static java.util.BitSet hanOfBasicPlane() {
        java.util.BitSet bits = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                bits.set(c);
            }
        }
        return bits;
    }

    private static boolean isHan(int c) {
        return c <= Character.MAX_VALUE ? HAN_BMP.get(c) : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether the document is in traditional script, or carries inserted pinyin. */
    public static boolean needsFolding(CleanText text) {
        long han = 0;
        long traditional = 0;
        long pinyin = 0;
        for (SourceLine line : text.lines()) {
            String printed = line.text();
            for (int i = 0; i < printed.length(); ) {
                int c = printed.codePointAt(i);
                if (isHan(c)) {
                    han++;
                    traditional += TRADITIONAL.get(c) ? 1 : 0;
                }
                i += Character.charCount(c);
            }
            if (printed.indexOf('(') >= 0 || printed.indexOf('（') >= 0) {
                Matcher matcher = PINYIN.matcher(printed);
                while (matcher.find()) {
                    pinyin++;
                }
            }
        }
        return pinyin >= MIN_COUNT || traditional >= MIN_COUNT && traditional >= han * MIN_SHARE;
    }

    /** The document folded to simplified script, each line keeping its printed text. */
    public static CleanText fold(CleanText text) {
        Objects.requireNonNull(text, "text is null");
        List<SourceLine> lines = new ArrayList<>(text.size());
        List<FoldedLine> printed = new ArrayList<>(text.size());
        // a position under a merged cell must point at the folded cell, not the printed one
        Map<Cell, Cell> foldedAnchors = new java.util.IdentityHashMap<>();
        for (SourceLine line : text.lines()) {
            FoldedLine folded = FoldedLine.of(line.text());
            printed.add(folded);
            if (line.cells() == null) {
                lines.add(new SourceLine(line.number(), folded.text()));
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (Cell cell : line.cells()) {
                if (cell.isCovered()) {
                    Cell anchor = foldedAnchors.computeIfAbsent(cell.mergedCell(), ChineseScript::foldCell);
                    cells.add(Cell.coveredBy(anchor, cell.firstLine()));
                } else {
                    Cell simplified = foldCell(cell);
                    foldedAnchors.put(cell, simplified);
                    cells.add(simplified);
                }
            }
            lines.add(SourceLine.row(line.number(), cells));
        }
        return new CleanText(text.sourcePath(), lines, text.origins(), printed);
    }

    private static Cell foldCell(Cell cell) {
        Cell folded = null;
        for (int p = 0; p < cell.pieces().size(); p++) {
            String piece = FoldedLine.of(cell.pieces().get(p)).text();
            int line = cell.lines().get(p);
            folded = folded == null ? Cell.of(piece, line) : folded.append(piece, line);
        }
        return cell.rowSpan() > 1 || cell.colSpan() > 1 ? folded.spanning(cell.rowSpan(), cell.colSpan()) : folded;
    }

    /**
     * One line folded: its simplified text, its printed text, and for every character of the
     * folded text the position it was printed at.
     */
    public record FoldedLine(String text, String printed, int[] printedAt) {
        public FoldedLine {
            Objects.requireNonNull(text, "text is null");
            Objects.requireNonNull(printed, "printed is null");
        }

        static FoldedLine of(String printed) {
            StringBuilder text = new StringBuilder(printed.length());
            // a character may fold to one written with two chars (a supplementary code point)
            int[] at = new int[printed.length() * 2 + 1];
            int length = 0;
            Matcher pinyin = PINYIN.matcher(printed);
            int skipFrom = -1;
            int skipTo = -1;
            if (pinyin.find()) {
                skipFrom = pinyin.start();
                skipTo = pinyin.end();
            }
            for (int i = 0; i < printed.length(); ) {
                if (i == skipFrom) {
                    i = skipTo;
                    skipFrom = pinyin.find() ? pinyin.start() : -1;
                    skipTo = skipFrom < 0 ? -1 : pinyin.end();
                    continue;
                }
                int c = printed.codePointAt(i);
                int simplified = SIMPLIFIED.getOrDefault(c, c);
                int before = text.length();
                text.appendCodePoint(simplified);
                for (int k = before; k < text.length(); k++) {
                    at[length++] = i;
                }
                i += Character.charCount(c);
            }
            at[length] = printed.length();
            return new FoldedLine(text.toString(), printed, java.util.Arrays.copyOf(at, length + 1));
        }

        /**
         * The printed text of a folded name found on this line (whitespace ignored in the search),
         * or null when the line does not hold it.
         */
        public String printedOf(String folded) {
            String target = Spaces.removeAll(folded);
            if (target.isEmpty()) {
                return null;
            }
            StringBuilder compact = new StringBuilder();
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Spaces.isSpaceOrIdeographic(c)) {
                    compact.append(c);
                    positions.add(i);
                }
            }
            int start = compact.indexOf(target);
            if (start < 0) {
                return null;
            }
            int from = printedAt[positions.get(start)];
            int lastFolded = positions.get(start + target.length() - 1);
            int to = printedAt[lastFolded + 1];
            return printed.substring(from, to).strip();
        }
    }
}
