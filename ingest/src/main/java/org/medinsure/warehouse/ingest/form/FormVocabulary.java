package org.medinsure.warehouse.ingest.form;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.text.Spaces;

/**
 * The label vocabulary of project forms, loaded from {@code vocabulary/form-labels.csv}. Labels
 * are compared in {@link #compact compact} form, so that {@code 社会效益 指标 (必填)} and
 * {@code 社会效益指标} are one heading.
 */
public final class FormVocabulary {
    public static final String RESOURCE = "/vocabulary/form-labels.csv";
    /** Template annotations dropped by {@link #compact}: {@code (必填)}, {@code （万元）} …, in either bracket width. */
    private static final String[] ANNOTATIONS = {"必填硬性指标", "必填", "万元", "元"};
    /** Only for the rare text ending in a line separator, where {@code $} has its regex meaning. */
    private static final Pattern TRAILING_COLON = Pattern.compile("[：:]+$");

    /** A header label: the field it fills and its preference when a form prints several. */
    public record FieldLabel(String label, String target, int rank) {
        public FieldLabel {
            Objects.requireNonNull(label, "label is null");
            Objects.requireNonNull(target, "target is null");
        }
    }

    private final List<String> titles = new ArrayList<>();
    private final List<String> excludedTitles = new ArrayList<>();
    private final Map<String, FieldLabel> fields = new LinkedHashMap<>();
    /** {@link #fields} as a list, built once: header reading asks for it for every cell. */
    private List<FieldLabel> fieldList = List.of();
    /** The first characters of the field labels, for {@link #isFieldInitial}. */
    private String fieldInitials = "";
    private Map<Character, List<FieldLabel>> fieldsByInitial = Map.of();
    /** The first characters of title and end words; null when a word is empty (and so in every text). */
    private String titleInitials = "";
    private String endInitials = "";
    /** {@link #titleInitials} as a bit per character, so that a line is tested in one pass. */
    private final long[] titleInitialBits = new long[(Character.MAX_VALUE + 1) / 64];
    private final Set<String> privateLabels = new HashSet<>();
    private final Map<String, String> columns = new HashMap<>();
    private final Set<String> level1 = new HashSet<>();
    private final Map<String, Set<String>> level2Parents = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();
    private final Set<String> exactEnds = new HashSet<>();
    private final List<String> prefixEnds = new ArrayList<>();
    private final Set<String> headingPrefixes = new HashSet<>();

    private FormVocabulary() {
    }

    public static FormVocabulary standard() {
        try (InputStream in = FormVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Cannot find vocabulary resource: " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read vocabulary resource: " + RESOURCE, e);
        }
    }

    /** Reads vocabulary CSV text; lines starting with {@code #} and the column header are skipped. */
    public static FormVocabulary parse(String csv) {
        FormVocabulary vocabulary = new FormVocabulary();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(csv))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("kind,")) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                if (parts.length < 5) {
                    throw new IllegalArgumentException("Cannot read vocabulary row, expected 5 columns: " + line);
                }
                String kind = parts[0].strip();
                // end markers keep their colon: 注： ends a table, 注重… is an indicator name
                String label = kind.equals("table_end") ? Spaces.removeRegexSpaces(parts[1]) : compact(parts[1]);
                vocabulary.add(kind, label, parts[2].strip(), parts[3].strip(), parts[4].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        vocabulary.fieldList = List.copyOf(vocabulary.fields.values());
        StringBuilder initials = new StringBuilder();
        for (FieldLabel field : vocabulary.fieldList) {
            if (!field.label().isEmpty() && initials.indexOf(field.label().substring(0, 1)) < 0) {
                initials.append(field.label().charAt(0));
            }
        }
        vocabulary.fieldInitials = initials.toString();
        Map<Character, List<FieldLabel>> byInitial = new HashMap<>();
        for (FieldLabel field : vocabulary.fieldList) {
            if (!field.label().isEmpty()) {
                byInitial.computeIfAbsent(field.label().charAt(0), c -> new ArrayList<>()).add(field);
            }
        }
        byInitial.replaceAll((c, labels) -> List.copyOf(labels));
        vocabulary.fieldsByInitial = Map.copyOf(byInitial);
        vocabulary.titleInitials = initials(vocabulary.titles, vocabulary.excludedTitles);
        if (vocabulary.titleInitials != null) {
            for (int i = 0; i < vocabulary.titleInitials.length(); i++) {
                char c = vocabulary.titleInitials.charAt(i);
                vocabulary.titleInitialBits[c >>> 6] |= 1L << c;
            }
        }
        vocabulary.endInitials = initials(new ArrayList<>(vocabulary.exactEnds), vocabulary.prefixEnds);
        return vocabulary;
    }

    private void add(String kind, String label, String target, String rank, String extra) {
        switch (kind) {
            case "title" -> titles.add(label);
            case "title_exclude" -> excludedTitles.add(label);
            case "field" -> fields.putIfAbsent(label, new FieldLabel(label, target, rank.isEmpty() ? 1 : Integer.parseInt(rank)));
            case "private" -> privateLabels.add(label);
            case "column" -> columns.put(label, target);
            case "level1" -> level1.add(label);
            case "level2" -> level2Parents.put(label, Set.of(extra.isEmpty() ? new String[0] : extra.split("\\|")));
            case "ignore" -> ignored.add(label);
            case "table_end" -> {
                if (extra.equals("prefix")) {
                    prefixEnds.add(label);
                } else {
                    exactEnds.add(label);
                }
            }
            default -> throw new IllegalArgumentException("Cannot read vocabulary kind: " + kind);
        }
        if (kind.equals("level1") || kind.equals("level2") || kind.equals("column") || kind.equals("table_end")) {
            for (int end = 1; end < label.length(); end++) {
                headingPrefixes.add(label.substring(0, end));
            }
        }
    }

    /**
     * Whitespace removed, template annotations and a trailing colon dropped. It runs on every line
     * and cell, several times, so it is a char loop rather than three regex passes; it gives what
     * {@code replaceAll("\\s+", "")} (after U+3000 → space), then
     * {@code replaceAll("[(（](必填硬性指标|必填|万元|元)[)）]", "")}, then
     * {@code replaceAll("[：:]+$", "")} gave.
     */
    public static String compact(String text) {
        String compact = Spaces.removeAll(text);
        if (compact.indexOf('(') >= 0 || compact.indexOf('（') >= 0) {
            compact = withoutAnnotations(compact);
        }
        int end = compact.length();
        if (end == 0) {
            return compact;
        }
        char last = compact.charAt(end - 1);
        if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
            // regex $ also matches before a final line separator: keep the regex for this rare case
            return TRAILING_COLON.matcher(compact).replaceAll("");
        }
        while (end > 0 && (compact.charAt(end - 1) == ':' || compact.charAt(end - 1) == '：')) {
            end--;
        }
        return end == compact.length() ? compact : compact.substring(0, end);
    }

    /**
     * One left-to-right pass, like regex replaceAll, from bracket to bracket: a removal never joins
     * text into a new annotation.
     */
    private static String withoutAnnotations(String text) {
        StringBuilder out = null;
        int copied = 0; // text before this index is in out, or unchanged while out is null
        int at = nextBracket(text, 0);
        while (at >= 0) {
            int skip = annotationLength(text, at);
            if (skip == 0) {
                at = nextBracket(text, at + 1);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, at);
            copied = at + skip;
            at = nextBracket(text, copied);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static int nextBracket(String text, int from) {
        int half = text.indexOf('(', from);
        int full = text.indexOf('（', from);
        return half < 0 ? full : full < 0 ? half : Math.min(half, full);
    }

    /** Length of the bracketed annotation starting at {@code at}, 0 when none starts there. */
    private static int annotationLength(String text, int at) {
        char open = text.charAt(at);
        if (open != '(' && open != '（' || at + 1 == text.length() || "必万元".indexOf(text.charAt(at + 1)) < 0) {
            return 0; // every annotation word starts with 必, 万 or 元
        }
        for (String word : ANNOTATIONS) {
            int close = at + 1 + word.length();
            if (close < text.length() && text.startsWith(word, at + 1)
                    && (text.charAt(close) == ')' || text.charAt(close) == '）')) {
                return word.length() + 2;
            }
        }
        return 0;
    }

    // plain loops, not streams: the form locator asks both questions for every line
    public boolean isTitle(String compactLine) {
        return containsAny(compactLine, titles);
    }

    public boolean isExcludedTitle(String compactLine) {
        return containsAny(compactLine, excludedTitles);
    }

    /**
     * Whether a line may hold a title or excluded-title word, in compact form or not: false when
     * it holds none of their first characters. Compacting only removes characters, so such a line
     * cannot hold one after compacting either, and need not be compacted.
     */
    public boolean mayHoldTitle(String line) {
        if (titleInitials == null) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((titleInitialBits[c >>> 6] & (1L << c)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The distinct first characters of the words, or null when one of them is empty. */
    @SafeVarargs
    private static String initials(List<String>... lists) {
        StringBuilder initials = new StringBuilder();
        for (List<String> words : lists) {
            for (String word : words) {
                if (word.isEmpty()) {
                    return null;
                }
                if (initials.indexOf(word.substring(0, 1)) < 0) {
                    initials.append(word.charAt(0));
                }
            }
        }
        return initials.toString();
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The title word found in a line, to cut the unit name printed before it. */
    public Optional<String> titleWord(String compactLine) {
        return titles.stream().filter(compactLine::contains)
                .min((a, b) -> Integer.compare(compactLine.indexOf(a), compactLine.indexOf(b)));
    }

    public Optional<FieldLabel> field(String compact) {
        return Optional.ofNullable(fields.get(compact));
    }

    public List<FieldLabel> fields() {
        return fieldList;
    }

    /**
     * Whether some field label starts with this character. A text whose first character is no
     * label's cannot start with a label, so readers can skip trying every label on it.
     */
    public boolean isFieldInitial(char c) {
        return fieldInitials.indexOf(c) >= 0;
    }

    /** The field labels starting with this character, in {@link #fields()} order. */
    public List<FieldLabel> fieldsStartingWith(char c) {
        return fieldsByInitial.getOrDefault(c, List.of());
    }

    public boolean isPrivate(String compact) {
        return privateLabels.contains(compact);
    }

    public boolean isLabel(String compact) {
        return fields.containsKey(compact) || privateLabels.contains(compact) || columns.containsKey(compact);
    }

    public Optional<String> column(String compact) {
        return Optional.ofNullable(columns.get(compact));
    }

    public boolean isLevel1(String compact) {
        return level1.contains(compact);
    }

    public Optional<Set<String>> level2Parents(String compact) {
        return Optional.ofNullable(level2Parents.get(compact));
    }

    public boolean isIgnored(String compact) {
        return ignored.contains(compact);
    }

    public boolean isTableEnd(String text) {
        if (endInitials != null && endInitials.indexOf(firstNonRegexSpace(text)) < 0) {
            return false; // the compact text starts with this character, and no end label does
        }
        // compared with whitespace skipped rather than removed: no copy of the text is made
        for (String label : exactEnds) {
            if (matchesIgnoringSpaces(text, label, true)) {
                return true;
            }
        }
        for (String prefix : prefixEnds) {
            if (matchesIgnoringSpaces(text, prefix, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text without its {@code \s} characters equals the label ({@code whole}) or
     * starts with it, as {@code Spaces.removeRegexSpaces(text).equals(label)} or
     * {@code .startsWith(label)} would tell; the label holds no whitespace.
     */
    private static boolean matchesIgnoringSpaces(String text, String label, boolean whole) {
        int at = 0;
        for (int k = 0; k < label.length(); k++) {
            while (at < text.length() && Spaces.isRegexSpace(text.charAt(at))) {
                at++;
            }
            if (at == text.length() || text.charAt(at) != label.charAt(k)) {
                return false;
            }
            at++;
        }
        if (!whole) {
            return true;
        }
        while (at < text.length() && Spaces.isRegexSpace(text.charAt(at))) {
            at++;
        }
        return at == text.length();
    }

    /** The first character that is not {@code \s}, or 0 for text made only of it. */
    private static char firstNonRegexSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Spaces.isRegexSpace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** True for a proper prefix of a heading, column or end label: a heading printed vertically. */
    public boolean isHeadingPrefix(String compact) {
        return headingPrefixes.contains(compact);
    }

    /** True for a whole heading, column header or end marker. */
    public boolean isHeading(String compact) {
        return level1.contains(compact) || level2Parents.containsKey(compact) || columns.containsKey(compact)
                || exactEnds.contains(compact);
    }
}
