package org.medinsure.warehouse.transform.taxonomy;

import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The canonical indicator concepts of {@code taxonomy/indicators.csv}, and the matcher that gives a
 * printed indicator name its concept.
 *
 * <p>A name is first reduced to its {@link IndicatorNameKey key}. Then, in order: the key equals a
 * concept's label ({@code exact}); the key equals a synonym ({@code synonym}); a synonym pattern
 * occurs in the key ({@code synonym}, lower confidence) — where several do, the one that reaches the
 * end of the name wins (Chinese names put their head last: 欺诈骗保政策<b>知晓率</b>), then the longest
 * match, then the later file and the earlier row; finally the most similar label or synonym by
 * character-bigram Dice coefficient, if at least the threshold ({@code fuzzy}). Synonyms and patterns
 * written {@code text@level2} apply only to rows under that canonical level-2 heading, for names
 * such as {@code 住院情况} that are a count under 数量指标 and an amount under 成本指标.
 *
 * <p>User files passed to {@link #load(List)} have the bundled file's columns. A row whose code
 * exists replaces the bundled concept; a new code adds one; where two concepts claim the same
 * synonym, the later file wins.
 */
public final class IndicatorTaxonomy implements Serializable {
    public static final double DEFAULT_FUZZY_THRESHOLD = 0.6;
    static final double SYNONYM_CONFIDENCE = 0.95;
    static final double PATTERN_CONFIDENCE = 0.85;
    static final double FUZZY_CEILING = 0.8;

    private static final String BUNDLED = "/taxonomy/indicators.csv";
    private static final String[] COLUMNS = {"code", "label", "level2", "unit", "role", "synonyms", "patterns"};
    private static final Pattern CODE = Pattern.compile("[a-z][a-z_]*(\\.[a-z0-9_]+)+");

    private final String version;
    private final List<IndicatorConcept> concepts;
    private final Map<String, IndicatorConcept> byCode;
    private final Map<String, IndicatorConcept> byLabel;
    private final Map<String, Claim> synonyms;
    private final List<PatternRule> patterns;
    private final List<Claim> fuzzyTargets;
    private final double fuzzyThreshold;
    /**
     * Matches already made, by name and level: a corpus prints the same few thousand names again and
     * again, and a name that no label or synonym fits is tried against every pattern rule. Built
     * where the taxonomy is used (a task), bounded so that a corpus of unique names cannot grow it.
     */
    private transient volatile Map<String, IndicatorMatch> matches;
    private static final int MAX_REMEMBERED_MATCHES = 200_000;

    private IndicatorTaxonomy(String version, List<Entry> entries, double fuzzyThreshold) {
        this.version = version;
        this.fuzzyThreshold = fuzzyThreshold;
        List<IndicatorConcept> conceptList = new ArrayList<>();
        Map<String, IndicatorConcept> codes = new LinkedHashMap<>();
        Map<String, IndicatorConcept> labels = new HashMap<>();
        List<Claim> claims = new ArrayList<>();
        List<PatternRule> rules = new ArrayList<>();
        for (int order = 0; order < entries.size(); order++) {
            Entry entry = entries.get(order);
            IndicatorConcept concept = entry.concept();
            conceptList.add(concept);
            codes.put(concept.code(), concept);
            labels.putIfAbsent(IndicatorNameKey.of(concept.label()), concept);
            claims.add(new Claim(IndicatorNameKey.of(concept.label()), null, concept, entry.file(), concept.label()));
            for (String synonym : concept.synonyms()) {
                String[] parts = contextual(synonym);
                claims.add(new Claim(IndicatorNameKey.of(parts[0]), parts[1], concept, entry.file(), synonym));
            }
            for (String pattern : concept.patterns()) {
                String[] parts = contextual(pattern);
                try {
                    rules.add(new PatternRule(Pattern.compile(parts[0]), parts[1], concept, entry.file(), order, pattern));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("Cannot compile pattern of concept " + concept.code() + " at "
                            + entry.where() + ": " + pattern, e);
                }
            }
        }
        Map<String, Claim> synonymIndex = new HashMap<>();
        claims.stream()
                .sorted((a, b) -> Integer.compare(a.file(), b.file()))
                .forEach(claim -> {
                    if (!claim.key().isEmpty()) {
                        synonymIndex.put(claim.lookupKey(), claim);
                    }
                });
        this.concepts = List.copyOf(conceptList);
        this.byCode = Map.copyOf(codes);
        this.byLabel = Map.copyOf(labels);
        this.synonyms = Map.copyOf(synonymIndex);
        this.patterns = List.copyOf(rules);
        this.fuzzyTargets = List.copyOf(claims);
    }

    public static IndicatorTaxonomy bundled() {
        return load(List.of());
    }

    /** The bundled taxonomy, overridden and extended by user files of the same shape, in order. */
    public static IndicatorTaxonomy load(List<Path> extraFiles) {
        return load(extraFiles, DEFAULT_FUZZY_THRESHOLD);
    }

    public static IndicatorTaxonomy load(List<Path> extraFiles, double fuzzyThreshold) {
        Objects.requireNonNull(extraFiles, "extraFiles is null");
        if (!(fuzzyThreshold > 0 && fuzzyThreshold <= 1)) {
            throw new IllegalArgumentException("Fuzzy threshold must be in (0, 1]: " + fuzzyThreshold);
        }
        List<KnowledgeFile> files = new ArrayList<>();
        files.add(KnowledgeFile.bundled(BUNDLED, COLUMNS));
        for (Path path : extraFiles) {
            files.add(KnowledgeFile.file(path, COLUMNS));
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int index = 0; index < files.size(); index++) {
            for (KnowledgeFile.Row row : files.get(index).rows()) {
                IndicatorConcept concept = concept(row);
                entries.put(concept.code(), new Entry(concept, index, row.where()));
            }
        }
        String version = files.get(0).version();
        if (files.size() > 1) {
            version = version + "+" + (files.size() - 1) + " user file" + (files.size() > 2 ? "s" : "");
        }
        return new IndicatorTaxonomy(version, new ArrayList<>(entries.values()), fuzzyThreshold);
    }

    private static IndicatorConcept concept(KnowledgeFile.Row row) {
        String code = row.get("code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Cannot use concept code '" + code + "' at " + row.where()
                    + ": codes are lower-case family.concept");
        }
        if (row.get("label").isEmpty()) {
            throw new IllegalArgumentException("Cannot find the label of concept " + code + " at " + row.where());
        }
        return new IndicatorConcept(code, row.get("label"), emptyToNull(row.get("level2")), emptyToNull(row.get("unit")),
                emptyToNull(row.get("role")), row.list("synonyms"), row.list("patterns"));
    }

    /** The taxonomy file's {@code # version:}, with the number of user files that changed it. */
    public String version() {
        return version;
    }

    public List<IndicatorConcept> concepts() {
        return concepts;
    }

    public Optional<IndicatorConcept> concept(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Matches a name with no level-2 context. */
    public IndicatorMatch match(String printedName) {
        return match(printedName, null);
    }

    /**
     * Matches a printed name.
     *
     * @param canonicalLevel2 the row's canonical level-2 heading (see {@link IndicatorLevels}), or null
     */
    public IndicatorMatch match(String printedName, String canonicalLevel2) {
        if (printedName == null) {
            return matchUncached(null, canonicalLevel2);
        }
        Map<String, IndicatorMatch> remembered = matches;
        if (remembered == null) {
            remembered = new java.util.concurrent.ConcurrentHashMap<>();
            matches = remembered;
        }
        String cacheKey = printedName + '\u0000' + canonicalLevel2;
        IndicatorMatch known = remembered.get(cacheKey);
        if (known != null) {
            return known;
        }
        IndicatorMatch match = matchUncached(printedName, canonicalLevel2);
        if (remembered.size() < MAX_REMEMBERED_MATCHES) {
            remembered.put(cacheKey, match);
        }
        return match;
    }

    private IndicatorMatch matchUncached(String printedName, String canonicalLevel2) {
        String key = IndicatorNameKey.of(printedName);
        if (key.isEmpty()) {
            return IndicatorMatch.unmatched(key);
        }
        IndicatorConcept exact = byLabel.get(key);
        if (exact != null) {
            return new IndicatorMatch(key, exact, MatchMethod.EXACT, 1.0, exact.label());
        }
        Claim synonym = canonicalLevel2 == null ? null : synonyms.get(key + "@" + canonicalLevel2);
        if (synonym == null) {
            synonym = synonyms.get(key);
        }
        if (synonym != null) {
            return new IndicatorMatch(key, synonym.concept(), MatchMethod.SYNONYM, SYNONYM_CONFIDENCE, synonym.printed());
        }
        PatternRule bestRule = null;
        double bestScore = -1;
        for (PatternRule rule : patterns) {
            if (rule.level2() != null && !rule.level2().equals(canonicalLevel2)) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(key);
            while (matcher.find()) {
                double score = (matcher.end() == key.length() ? 1000 : 0) + (matcher.end() - matcher.start())
                        + (rule.level2() != null ? 0.5 : 0) + rule.file() * 0.01 - rule.order() * 1e-6;
                if (score > bestScore) {
                    bestScore = score;
                    bestRule = rule;
                }
                if (matcher.end() == matcher.start()) {
                    break;
                }
            }
        }
        if (bestRule != null) {
            return new IndicatorMatch(key, bestRule.concept(), MatchMethod.SYNONYM, PATTERN_CONFIDENCE, bestRule.printed());
        }
        Claim closest = null;
        double closestScore = 0;
        for (Claim claim : fuzzyTargets) {
            if (claim.level2() != null && !claim.level2().equals(canonicalLevel2)) {
                continue;
            }
            double score = Similarity.dice(key, claim.key());
            if (score > closestScore) {
                closestScore = score;
                closest = claim;
            }
        }
        if (closest != null && closestScore >= fuzzyThreshold) {
            return new IndicatorMatch(key, closest.concept(), MatchMethod.FUZZY, Math.min(FUZZY_CEILING, closestScore),
                    closest.printed());
        }
        return IndicatorMatch.unmatched(key);
    }

    /** {@code text@level2} → [text, level2]; plain text → [text, null]. */
    private static String[] contextual(String written) {
        int at = written.lastIndexOf('@');
        if (at <= 0) {
            return new String[] {written, null};
        }
        return new String[] {written.substring(0, at), written.substring(at + 1).strip()};
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private record Entry(IndicatorConcept concept, int file, String where) implements Serializable {
    }

    private record Claim(String key, String level2, IndicatorConcept concept, int file, String printed)
            implements Serializable {
        String lookupKey() {
            return level2 == null ? key : key + "@" + level2;
        }
    }

    private record PatternRule(Pattern pattern, String level2, IndicatorConcept concept, int file, int order, String printed)
            implements Serializable {
    }
}
