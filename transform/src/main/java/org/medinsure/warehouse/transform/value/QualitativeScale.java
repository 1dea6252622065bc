package org.medinsure.warehouse.transform.value;

import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;
import java.io.Serializable;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;

/**
 * Ranks qualitative targets on the ordinal scale of {@code taxonomy/qualitative.csv} (5 = marked
 * effect … 1 = poor). A value equal to a listed word gets its rank; a short value gets the rank of the
 * longest listed word inside it; long statements get none.
 */
public final class QualitativeScale implements Serializable {
    private static final String BUNDLED = "/taxonomy/qualitative.csv";
    private static final String[] COLUMNS = {"word", "rank"};
    private static final int LONGEST_RANKED_VALUE = 8;

    private final Map<String, Integer> ranks;
    private final List<String> wordsLongestFirst;

    private QualitativeScale(Map<String, Integer> ranks) {
        this.ranks = Map.copyOf(ranks);
        this.wordsLongestFirst = ranks.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public static QualitativeScale bundled() {
        return load(List.of());
    }

    public static QualitativeScale load(List<Path> extraFiles) {
        List<KnowledgeFile> files = new ArrayList<>();
        files.add(KnowledgeFile.bundled(BUNDLED, COLUMNS));
        for (Path path : extraFiles) {
            files.add(KnowledgeFile.file(path, COLUMNS));
        }
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (KnowledgeFile file : files) {
            for (KnowledgeFile.Row row : file.rows()) {
                int rank;
                try {
                    rank = Integer.parseInt(row.get("rank"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Cannot read the rank of '" + row.get("word") + "' at " + row.where()
                            + ": " + row.get("rank"), e);
                }
                if (rank < 1 || rank > 5) {
                    throw new IllegalArgumentException("Rank must be 1 to 5 at " + row.where() + ": " + rank);
                }
                ranks.put(compact(row.get("word")), rank);
            }
        }
        return new QualitativeScale(ranks);
    }

    /** The rank of a qualitative value, or null when it names no listed word or is a long statement. */
    public Integer rank(String value) {
        if (value == null) {
            return null;
        }
        String text = compact(value);
        Integer exact = ranks.get(text);
        if (exact != null || text.length() > LONGEST_RANKED_VALUE) {
            return exact;
        }
        for (String word : wordsLongestFirst) {
            if (text.contains(word)) {
                return ranks.get(word);
            }
        }
        return null;
    }

    static String compact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\p{P}]+", "");
    }
}
