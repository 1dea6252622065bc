package org.medinsure.warehouse.ingest.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every unit spelling of the bundled unit table ({@code vocabulary/units.csv}: units, their aliases
 * and the scale words), longest first, as one regex alternation. The layout readers and form
 * interpreters tell a value from a label by it ({@code 35 万元}, {@code 成本指标（万元）}); they run
 * where no user knowledge is at hand, so they read the bundled table.
 */
public final class UnitSpellings {
    private static final String ALTERNATION = load();

    private UnitSpellings() {
    }

    /** The spellings as a regex alternation without a group: {@code 万人次|万元|…|%}. */
    public static String alternation() {
        return ALTERNATION;
    }

    private static String load() {
        Set<String> spellings = new LinkedHashSet<>();
        for (KnowledgeFile file : IngestKnowledge.bundled().files("units.csv", "unit", "aliases", "dimension")) {
            for (KnowledgeFile.Row row : file.rows()) {
                spellings.add(row.get("unit"));
                spellings.addAll(row.list("aliases"));
            }
        }
        List<String> sorted = new ArrayList<>(spellings);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
