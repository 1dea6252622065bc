package org.medinsure.warehouse.transform.taxonomy;

import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;
import java.io.Serializable;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Maps printed level-1 and level-2 headings ({@code 产出目标}, {@code 社会效益 指标 (必填)},
 * {@code 社会公众或服务对象满意度指标}) to the canonical set of {@code taxonomy/levels.csv}. A known
 * level 2 decides the level 1 (its parent), so 满意度 under Henan's 效果目标 is 满意度指标, and rows whose
 * form prints no level 1 get one.
 */
public final class IndicatorLevels implements Serializable {
    private static final String BUNDLED = "/taxonomy/levels.csv";
    private static final String[] COLUMNS = {"level", "printed", "canonical", "parent"};
    private static final Pattern ANNOTATION = Pattern.compile("[(（]\\s*(必填[^)）]*|万元|元|%|％)\\s*[)）]");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+|\\d+)\\s*[、.．]\\s*");
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private final Map<String, String> level1;
    private final Map<String, String[]> level2;
    private final Map<String, String> parents;

    private IndicatorLevels(Map<String, String> level1, Map<String, String[]> level2) {
        this.level1 = Map.copyOf(level1);
        this.level2 = Map.copyOf(level2);
        Map<String, String> parentOf = new HashMap<>();
        for (String[] entry : level2.values()) {
            parentOf.putIfAbsent(entry[0], entry[1]);
        }
        this.parents = Map.copyOf(parentOf);
    }

    public static IndicatorLevels bundled() {
        return load(List.of());
    }

    public static IndicatorLevels load(List<Path> extraFiles) {
        Objects.requireNonNull(extraFiles, "extraFiles is null");
        List<KnowledgeFile> files = new ArrayList<>();
        files.add(KnowledgeFile.bundled(BUNDLED, COLUMNS));
        for (Path path : extraFiles) {
            files.add(KnowledgeFile.file(path, COLUMNS));
        }
        Map<String, String> level1 = new HashMap<>();
        Map<String, String[]> level2 = new HashMap<>();
        for (KnowledgeFile file : files) {
            for (KnowledgeFile.Row row : file.rows()) {
                String printed = key(row.get("printed"));
                String canonical = row.get("canonical");
                if (printed.isEmpty() || canonical.isEmpty()) {
                    throw new IllegalArgumentException("Cannot read level row at " + row.where() + ": printed and canonical are required");
                }
                switch (row.get("level")) {
                    case "1" -> level1.put(printed, canonical);
                    case "2" -> {
                        if (row.get("parent").isEmpty()) {
                            throw new IllegalArgumentException("Cannot find the parent of level-2 heading " + canonical + " at "
                                    + row.where());
                        }
                        level2.put(printed, new String[] {canonical, row.get("parent")});
                    }
                    default -> throw new IllegalArgumentException("Cannot read level '" + row.get("level") + "' at " + row.where()
                            + ": expected 1 or 2");
                }
            }
        }
        return new IndicatorLevels(level1, level2);
    }

    public CanonicalLevels canonicalise(String printedLevel1, String printedLevel2) {
        String key1 = key(printedLevel1);
        String key2 = key(printedLevel2);
        String canonical1 = level1.get(key1);
        String[] canonical2 = level2.get(key2);
        boolean unknown1 = !key1.isEmpty() && canonical1 == null;
        boolean unknown2 = !key2.isEmpty() && canonical2 == null && !level1.containsKey(key2);
        if (canonical2 == null) {
            return new CanonicalLevels(canonical1, null, unknown1, unknown2);
        }
        return new CanonicalLevels(canonical2[1], canonical2[0], unknown1, false);
    }

    /** The canonical level 1 that a canonical level 2 belongs to, or null. */
    public String parentOf(String canonicalLevel2) {
        return canonicalLevel2 == null ? null : parents.get(canonicalLevel2);
    }

    /** A heading as compared: NFKC, without numbering, annotations, spaces or punctuation. */
    static String key(String printed) {
        if (printed == null) {
            return "";
        }
        String text = Normalizer.normalize(printed, Normalizer.Form.NFKC);
        text = ANNOTATION.matcher(text).replaceAll("");
        text = NUMBERING.matcher(text).replaceFirst("");
        return NOISE.matcher(text).replaceAll("");
    }
}
