package org.medinsure.warehouse.transform.value;

import java.io.Serializable;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;

/**
 * The comparator words and signs of {@code taxonomy/comparators.csv}: printed before a number
 * ({@code 不低于}, {@code ≥}) or after it and its unit ({@code 以上}), each meaning one of
 * {@code >= <= > < =}.
 */
public final class Comparators implements Serializable {
    private static final String BUNDLED = "/taxonomy/comparators.csv";
    private static final String[] COLUMNS = {"word", "comparator", "position"};
    private static final Set<String> SIGNS = Set.of(">=", "<=", ">", "<", "=");

    private final Map<String, String> prefixes;
    private final Map<String, String> suffixes;

    private Comparators(Map<String, String> prefixes, Map<String, String> suffixes) {
        this.prefixes = Map.copyOf(prefixes);
        this.suffixes = Map.copyOf(suffixes);
    }

    public static Comparators bundled() {
        return load(List.of());
    }

    /** The bundled words, extended (or, for the same word and position, replaced) by user files of the same shape. */
    public static Comparators load(List<Path> extraFiles) {
        List<KnowledgeFile> files = new ArrayList<>();
        files.add(KnowledgeFile.bundled(BUNDLED, COLUMNS));
        for (Path path : extraFiles) {
            files.add(KnowledgeFile.file(path, COLUMNS));
        }
        Map<String, String> prefixes = new LinkedHashMap<>();
        Map<String, String> suffixes = new LinkedHashMap<>();
        for (KnowledgeFile file : files) {
            for (KnowledgeFile.Row row : file.rows()) {
                String word = Normalizer.normalize(row.get("word"), Normalizer.Form.NFKC);
                String comparator = row.get("comparator");
                if (word.isEmpty() || !SIGNS.contains(comparator)) {
                    throw new IllegalArgumentException("Cannot read comparator row at " + row.where()
                            + ": word '" + word + "', comparator '" + comparator + "' (one of " + SIGNS + ")");
                }
                switch (row.get("position")) {
                    case "prefix" -> prefixes.put(word, comparator);
                    case "suffix" -> suffixes.put(word, comparator);
                    default -> throw new IllegalArgumentException("Cannot read comparator row at " + row.where()
                            + ": position '" + row.get("position") + "' is neither prefix nor suffix");
                }
            }
        }
        return new Comparators(prefixes, suffixes);
    }

    /** Words printed before the number, by the comparator each means. */
    public Map<String, String> prefixes() {
        return prefixes;
    }

    /** Words printed after the number and its unit, by the comparator each means. */
    public Map<String, String> suffixes() {
        return suffixes;
    }
}
