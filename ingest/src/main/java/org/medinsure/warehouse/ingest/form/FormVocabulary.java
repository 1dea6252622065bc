package org.medinsure.warehouse.ingest.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;
import org.medinsure.warehouse.ingest.money.Money;
import org.medinsure.warehouse.ingest.text.Spaces;

/**
 * The label vocabulary of performance forms, loaded from {@code vocabulary/form-labels.csv} and a
 * user file of the same name. Labels are compared in {@link #compact compact} form, so that
 * {@code 社会效益 指标 (必填)} and {@code 社会效益指标} are one heading and {@code 产出指标（50分）} is
 * {@code 产出指标}.
 */
public final class FormVocabulary {
    public static final String FILE = "form-labels.csv";
    private static final String[] COLUMNS = {"kind", "label", "target", "rank", "extra"};

    /** A header label: the field it fills and its preference when a form prints several (1 wins). */
    public record FieldLabel(String label, String target, int rank) {
        public FieldLabel {
            Objects.requireNonNull(label, "label is null");
            Objects.requireNonNull(target, "target is null");
        }
    }

    /** A word that makes a short line a form title, the kind of form it announces and its precedence. */
    public record TitleWord(String word, FormKind kind, int rank) {
        public TitleWord {
            Objects.requireNonNull(word, "word is null");
            Objects.requireNonNull(kind, "kind is null");
        }
    }

    private final Map<String, TitleWord> titles = new LinkedHashMap<>();
    private final Set<String> excludedTitles = new HashSet<>();
    private final Map<String, FieldLabel> fields = new LinkedHashMap<>();
    private final Map<Character, List<FieldLabel>> fieldsByInitial = new HashMap<>();
    private final Set<String> privateLabels = new HashSet<>();
    private final Map<String, ColumnRole> columns = new HashMap<>();
    /** Column words matched inside a header (全年实际完成值 holds 完成值), tried in file order. */
    private final Map<String, ColumnRole> columnWords = new LinkedHashMap<>();
    private final Set<String> level1 = new HashSet<>();
    private final Map<String, Set<String>> level2Parents = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();
    private final Set<String> summaryTotals = new HashSet<>();
    private final Set<String> exactEnds = new HashSet<>();
    private final Set<String> prefixEnds = new HashSet<>();
    /** Summary-table column headers by exact text, and words inside a header, tried in file order. */
    private final Map<String, String> summaryColumns = new HashMap<>();
    private final Map<String, String> summaryWords = new LinkedHashMap<>();
    /** Bracketed template annotations dropped from labels: 必填, 万元, A, B/A … */
    private final Set<String> annotations = new HashSet<>();
    private final Set<String> headingPrefixes = new HashSet<>();
    /** The first characters of the title and excluded-title words. */
    private String titleInitials = "";
    private final Money money;

    private FormVocabulary(Money money) {
        this.money = money;
    }

    /** The bundled vocabulary. */
    public static FormVocabulary standard() {
        return load(IngestKnowledge.bundled());
    }

    /** The bundled vocabulary extended by the user's file of the same name. */
    public static FormVocabulary load(IngestKnowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge is null");
        return of(knowledge.files(FILE, COLUMNS), Money.load(knowledge));
    }

    /** A vocabulary from CSV text alone, for tests of a template's words. */
    public static FormVocabulary parse(String csv) {
        return of(List.of(KnowledgeFile.text("form-labels", csv, COLUMNS)), Money.bundled());
    }

    private static FormVocabulary of(List<KnowledgeFile> files, Money money) {
        FormVocabulary vocabulary = new FormVocabulary(money);
        // annotations first: every other label is compacted with them
        for (KnowledgeFile file : files) {
            for (KnowledgeFile.Row row : file.rows()) {
                if (row.get("kind").equals("annotation")) {
                    vocabulary.annotations.add(Spaces.removeAll(row.get("label")));
                }
            }
        }
        for (KnowledgeFile file : files) {
            for (KnowledgeFile.Row row : file.rows()) {
                vocabulary.add(row);
            }
        }
        StringBuilder initials = new StringBuilder();
        vocabulary.titles.keySet().forEach(word -> initials.append(word.isEmpty() ? "" : word.substring(0, 1)));
        vocabulary.excludedTitles.forEach(word -> initials.append(word.isEmpty() ? "" : word.substring(0, 1)));
        vocabulary.titleInitials = initials.toString();
        for (FieldLabel field : vocabulary.fields.values()) {
            if (!field.label().isEmpty()) {
                vocabulary.fieldsByInitial.computeIfAbsent(field.label().charAt(0), c -> new ArrayList<>()).add(field);
            }
        }
        return vocabulary;
    }

    private void add(KnowledgeFile.Row row) {
        String kind = row.get("kind");
        // end markers keep their colon: 注： ends a table, 注重… is an indicator name
        String label = kind.equals("table_end") ? Spaces.removeAll(row.get("label")) : compact(row.get("label"));
        String target = row.get("target");
        String rank = row.get("rank");
        String extra = row.get("extra");
        switch (kind) {
            case "annotation" -> { }
            case "title" -> titles.put(label, new TitleWord(label, FormKind.fromCode(target).orElseThrow(() ->
                    new IllegalArgumentException("Cannot read form kind '" + target + "' at " + row.where())),
                    rank.isEmpty() ? 9 : Integer.parseInt(rank)));
            case "title_exclude" -> excludedTitles.add(label);
            case "field" -> fields.put(label, new FieldLabel(label, target, rank.isEmpty() ? 1 : Integer.parseInt(rank)));
            case "private" -> privateLabels.add(label);
            case "column" -> {
                ColumnRole role = ColumnRole.fromCode(target).orElseThrow(() ->
                        new IllegalArgumentException("Cannot read column role '" + target + "' at " + row.where()));
                if (extra.equals("contains")) {
                    columnWords.put(label, role);
                } else {
                    columns.put(label, role);
                }
            }
            case "summary_column" -> (extra.equals("contains") ? summaryWords : summaryColumns).put(label, target);
            case "level1" -> level1.add(label);
            case "level2" -> level2Parents.put(label, Set.of(extra.isEmpty() ? new String[0] : extra.split("\\|")));
            case "ignore" -> ignored.add(label);
            case "summary_total" -> summaryTotals.add(label);
            case "table_end" -> (extra.equals("prefix") ? prefixEnds : exactEnds).add(label);
            default -> throw new IllegalArgumentException("Cannot read vocabulary kind '" + kind + "' at " + row.where());
        }
        if (kind.equals("level1") || kind.equals("level2") || kind.equals("column") || kind.equals("table_end")) {
            for (int end = 1; end < label.length(); end++) {
                headingPrefixes.add(label.substring(0, end));
            }
        }
    }

    /**
     * The text without whitespace, bracketed template annotations ({@code (必填)}, {@code （万元）},
     * {@code (A)}), score weights ({@code （50分）}) and a trailing colon.
     */
    /** The unit table money amounts are read with. */
    public Money money() {
        return money;
    }

    public String compact(String text) {
        String compact = Spaces.removeAll(text);
        if (compact.indexOf('(') >= 0 || compact.indexOf('（') >= 0) {
            compact = withoutAnnotations(compact);
        }
        int end = compact.length();
        while (end > 0 && (compact.charAt(end - 1) == ':' || compact.charAt(end - 1) == '：')) {
            end--;
        }
        return end == compact.length() ? compact : compact.substring(0, end);
    }

    private String withoutAnnotations(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '(' || c == '（' ? closing(text, i) : -1;
            if (close > 0 && isAnnotation(text.substring(i + 1, close))) {
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int closing(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                return i;
            }
            if (c == '(' || c == '（') {
                return -1;
            }
        }
        return -1;
    }

    /** A listed annotation, or a score weight: a number followed by 分 ({@code 50分}, {@code 20.0分}). */
    private boolean isAnnotation(String inner) {
        if (annotations.contains(inner)) {
            return true;
        }
        if (inner.length() < 2 || inner.charAt(inner.length() - 1) != '分') {
            return false;
        }
        for (int i = 0; i < inner.length() - 1; i++) {
            char c = inner.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line may hold a title or excluded-title word: false when it holds none of their
     * first characters, which spares compacting the many lines that cannot be titles.
     */
    public boolean mayHoldTitle(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (titleInitials.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a compact line holds a title word and no excluded-title word. */
    public boolean isTitle(String compactLine) {
        return titleWord(compactLine).isPresent();
    }

    public boolean isExcludedTitle(String compactLine) {
        for (String word : excludedTitles) {
            if (compactLine.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The title word of a compact line with the best precedence (lowest rank, then longest). */
    public Optional<TitleWord> titleWord(String compactLine) {
        TitleWord best = null;
        for (TitleWord word : titles.values()) {
            if (compactLine.contains(word.word()) && (best == null || word.rank() < best.rank()
                    || word.rank() == best.rank() && word.word().length() > best.word().length())) {
                best = word;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<FieldLabel> field(String compact) {
        return Optional.ofNullable(fields.get(compact));
    }

    public List<FieldLabel> fields() {
        return List.copyOf(fields.values());
    }

    /** Whether some field label starts with this character, so that a reader can skip the others. */
    public boolean isFieldInitial(char c) {
        return fieldsByInitial.containsKey(c);
    }

    /** The field labels starting with this character, in file order. */
    public List<FieldLabel> fieldsStartingWith(char c) {
        return fieldsByInitial.getOrDefault(c, List.of());
    }

    public boolean isPrivate(String compact) {
        return privateLabels.contains(compact);
    }

    /** Whether a compact text starts with a personal-data label (联系人：张三). */
    public boolean startsWithPrivateLabel(String compact) {
        for (String label : privateLabels) {
            if (compact.startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> privateLabels() {
        return Set.copyOf(privateLabels);
    }

    public boolean isLabel(String compact) {
        return fields.containsKey(compact) || privateLabels.contains(compact) || columns.containsKey(compact);
    }

    /** Whether a compact line holds the name column's header (三级指标, 指标名称 …): an indicator table starts. */
    public boolean holdsNameHeader(String compactLine) {
        for (Map.Entry<String, ColumnRole> column : columns.entrySet()) {
            if (column.getValue() == ColumnRole.NAME && compactLine.contains(column.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** The role of a column header printed exactly as listed. */
    public Optional<ColumnRole> column(String compact) {
        return Optional.ofNullable(columns.get(compact));
    }

    /** The role of a column header: listed exactly, or holding a listed column word. */
    public Optional<ColumnRole> columnLike(String compact) {
        ColumnRole exact = columns.get(compact);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<String, ColumnRole> word : columnWords.entrySet()) {
            if (compact.contains(word.getKey())) {
                return Optional.of(word.getValue());
            }
        }
        return Optional.empty();
    }

    /** The role of a summary-table column header: name, budget, executed, rate, score, a funding source … */
    public Optional<String> summaryColumn(String compact) {
        String exact = summaryColumns.get(compact);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<String, String> word : summaryWords.entrySet()) {
            if (compact.contains(word.getKey())) {
                return Optional.of(word.getValue());
            }
        }
        return Optional.empty();
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

    /** Whether a summary table's row, whitespace removed, opens with a total label (合计, 总计 …). */
    public boolean isSummaryTotal(String rowText) {
        String squeezed = Spaces.removeAll(rowText);
        return summaryTotals.stream().anyMatch(squeezed::startsWith);
    }

    /** Whether a text is part of an ignored merged label (年度绩效 and 指标 of 年度绩效指标). */
    public boolean isIgnoredPart(String compact) {
        for (String label : ignored) {
            if (label.contains(compact)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cell ends an indicator table: an end label, or a personal-data label. */
    public boolean isTableEnd(String text) {
        String compact = Spaces.removeAll(text);
        if (exactEnds.contains(compact)) {
            return true;
        }
        for (String prefix : prefixEnds) {
            if (compact.startsWith(prefix)) {
                return true;
            }
        }
        return startsWithPrivateLabel(compact(text));
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
