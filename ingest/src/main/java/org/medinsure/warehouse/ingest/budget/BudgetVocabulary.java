package org.medinsure.warehouse.ingest.budget;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;
import org.medinsure.warehouse.ingest.money.Money;
import org.medinsure.warehouse.ingest.text.Spaces;

/**
 * The label vocabulary of budget tables, read from {@code vocabulary/budget-labels.csv}. Every
 * lookup compares labels with whitespace removed, because PDF text spaces characters apart
 * (合 计, 项 目) and wraps labels in the middle of a word.
 */
public final class BudgetVocabulary {
    public static final String FILE = "budget-labels.csv";

    /** One vocabulary row: kind, label (whitespace removed) and optional value. */
    public record Entry(String kind, String label, String value) {
        public Entry {
            Objects.requireNonNull(kind, "kind is null");
            Objects.requireNonNull(label, "label is null");
            Objects.requireNonNull(value, "value is null");
        }
    }

    private final Map<String, List<Entry>> byKind;
    /** Per kind, each label's value from its first row: {@link #is} and {@link #value} are lookups, not scans. */
    private final Map<String, Map<String, String>> valueByLabel;
    private final List<Entry> headerLabelsLongestFirst;
    private final Map<Character, List<Entry>> headerLabelsByInitial;
    private final List<Entry> emptyHeaderLabels;

    private final Money money;

    private BudgetVocabulary(List<Entry> entries, Money money) {
        this.money = Objects.requireNonNull(money, "money is null");
        Map<String, List<Entry>> map = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new HashMap<>();
        for (Entry entry : entries) {
            map.computeIfAbsent(entry.kind(), k -> new ArrayList<>()).add(entry);
            values.computeIfAbsent(entry.kind(), k -> new HashMap<>()).putIfAbsent(entry.label(), entry.value());
        }
        map.replaceAll((kind, list) -> List.copyOf(list));
        this.byKind = Map.copyOf(map);
        values.replaceAll((kind, labels) -> Map.copyOf(labels));
        this.valueByLabel = Map.copyOf(values);
        this.headerLabelsLongestFirst = List.copyOf(sortedHeaderLabels());
        // (an empty label, sorted last, would match at every position: it ends every list)
        Map<Character, List<Entry>> byInitial = new HashMap<>();
        List<Entry> empty = new ArrayList<>();
        for (Entry entry : headerLabelsLongestFirst) {
            if (entry.label().isEmpty()) {
                empty.add(entry);
            } else {
                byInitial.computeIfAbsent(entry.label().charAt(0), c -> new ArrayList<>()).add(entry);
            }
        }
        byInitial.values().forEach(labels -> labels.addAll(empty));
        byInitial.replaceAll((c, labels) -> List.copyOf(labels));
        this.headerLabelsByInitial = Map.copyOf(byInitial);
        this.emptyHeaderLabels = List.copyOf(empty);
    }

    /** The vocabulary shipped with the module. */
    public static BudgetVocabulary standard() {
        return load(IngestKnowledge.bundled());
    }

    /** The bundled vocabulary extended by the user's file of the same name. */
    public static BudgetVocabulary load(IngestKnowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge is null");
        List<Entry> entries = new ArrayList<>();
        for (KnowledgeFile file : knowledge.files(FILE, "kind", "label", "value")) {
            for (KnowledgeFile.Row row : file.rows()) {
                entries.add(new Entry(row.get("kind"), squeeze(row.get("label")), row.get("value")));
            }
        }
        return new BudgetVocabulary(entries, Money.load(knowledge));
    }

    /** The text with all whitespace (and U+3000) removed; a char loop, as it runs on every line and cell. */
    public static String squeeze(String text) {
        return Spaces.removeAll(text);
    }

    /** The unit table money amounts are read with. */
    public Money money() {
        return money;
    }

    public List<Entry> entries(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    public boolean is(String kind, String label) {
        return valueByLabel.getOrDefault(kind, Map.of()).containsKey(squeeze(label));
    }

    public Optional<String> value(String kind, String label) {
        return Optional.ofNullable(valueByLabel.getOrDefault(kind, Map.of()).get(squeeze(label)));
    }

    /**
     * The value of the longest label of this kind that ends {@code text}: a header such as
     * 2021年“三公”经费预算数 is a 预算数 column.
     */
    public Optional<Entry> suffix(String kind, String text) {
        String key = squeeze(text);
        return entries(kind).stream().filter(e -> key.endsWith(e.label()))
                .max(Comparator.comparingInt((Entry e) -> e.label().length()));
    }

    public boolean containsAny(String kind, String text) {
        String key = squeeze(text);
        for (Entry entry : entries(kind)) {
            if (key.contains(entry.label())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every label known as a header of any kind, longest first, for scanning run-together PDF
     * headers. Built once: the scan asks for it for every table.
     */
    public List<Entry> headerLabelsLongestFirst() {
        return headerLabelsLongestFirst;
    }

    /** The header labels starting with this character, longest first as in {@link #headerLabelsLongestFirst}. */
    public List<Entry> headerLabelsStartingWith(char c) {
        return headerLabelsByInitial.getOrDefault(c, emptyHeaderLabels);
    }

    /** Whether {@code text} is the start, not the whole, of a known header label: a label wrapped in its cell. */
    public boolean beginsHeaderLabel(String text) {
        String key = squeeze(text);
        if (key.isEmpty()) {
            return false;
        }
        for (Entry entry : headerLabelsStartingWith(key.charAt(0))) {
            if (entry.label().length() > key.length() && entry.label().startsWith(key)) {
                return true;
            }
        }
        return false;
    }

    private List<Entry> sortedHeaderLabels() {
        List<Entry> all = new ArrayList<>();
        for (String kind : List.of("pair_group", "side", "code_header", "economic_header", "label_header", "row_number",
                "ignore_header", "noise_level", "column", "pair_group")) {
            all.addAll(entries(kind));
        }
        all.sort(Comparator.comparingInt((Entry e) -> e.label().length()).reversed());
        return all;
    }
}
