package org.medinsure.warehouse.ingest.classify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;
import org.medinsure.warehouse.ingest.model.DocumentProfile;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.Spaces;

/**
 * Decides what a document is, who published it and which fiscal year it is about. The type comes
 * from what the document was found to contain (its forms and tables, see {@link #decide}), by the
 * rules of {@code vocabulary/document-types.csv}; the family words of that file decide for a
 * document in which nothing was read, and tell a budget from final accounts. The publisher is the
 * most named body ending in a bureau word of the file (a medical-insurance bureau before a health
 * or finance bureau; a provincial or national bureau is cited, never the publisher).
 */
public final class DocumentClassifier {
    public static final String FILE = "document-types.csv";
    private static final String[] COLUMNS = {"kind", "label", "target", "rank"};
    /** A place name before a bureau word: 2 to 20 Han characters ending in a place word, after a boundary. */
    private static final Pattern PLACE = Pattern.compile(
            "(?:^|(?<=[\\s:：，,。、（(]|单位|部门|名称|称|代码|年度|\\d年))(?!度)"
                    + "[\\u4e00-\\u9fa5]{2,20}?(?:省|自治区|市|州|盟|地区|县|区|旗)");
    private static final Pattern PROVINCIAL = Pattern.compile(".*(省|自治区)[^县区市]*$");
    private static final int MAX_PLACE = 23;
    /** A year the document is about: 2021年度, or 2021年 shortly before a budget word. */
    private static final Pattern YEAR = Pattern.compile(
            "(20\\d{2})\\s*年\\s*(?:度|部门[预决]算|[预决]算|项目支出|[^，。,\\n]{0,20}?(?:绩效|预算|决算|自评|补助资金|资金))");
    private static final Pattern YEAR_OF_DOCUMENT = Pattern.compile("(20\\d{2})\\s*年\\s*度");
    private static final int CONTEXT_LINES = 60;

    /** A type rule: the content kinds that must all be present, and the type they make. */
    private record Rule(Set<DocumentType> kinds, DocumentType type) {
    }

    private final Map<DocumentType, List<String>> words = new HashMap<>();
    private final List<String> bureaus = new ArrayList<>();
    private final Map<String, Integer> bureauRank = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();

    private DocumentClassifier() {
    }

    public static DocumentClassifier standard() {
        return load(IngestKnowledge.bundled());
    }

    public static DocumentClassifier load(IngestKnowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge is null");
        DocumentClassifier classifier = new DocumentClassifier();
        List<KnowledgeFile> files = knowledge.files(FILE, COLUMNS);
        List<Rule> userRules = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            int before = classifier.rules.size();
            for (KnowledgeFile.Row row : files.get(f).rows()) {
                classifier.add(row);
            }
            if (f > 0) {
                // the user's rules are tried before the bundled ones: a rule a user writes decides what it covers
                List<Rule> added = classifier.rules.subList(before, classifier.rules.size());
                userRules.addAll(added);
                added.clear();
            }
        }
        classifier.rules.addAll(0, userRules);
        return classifier;
    }

    private void add(KnowledgeFile.Row row) {
        String label = Spaces.removeAll(row.get("label"));
        switch (row.get("kind")) {
            case "word" -> words.computeIfAbsent(type(row.get("target"), row), t -> new ArrayList<>()).add(label);
            case "bureau" -> {
                if (!bureauRank.containsKey(label)) {
                    bureaus.add(label);
                }
                bureauRank.put(label, row.get("rank").isEmpty() ? 1 : Integer.parseInt(row.get("rank")));
            }
            case "rule" -> {
                Set<DocumentType> kinds = EnumSet.noneOf(DocumentType.class);
                for (String kind : label.split("\\+")) {
                    kinds.add(type(kind, row));
                }
                rules.add(new Rule(kinds, type(row.get("target"), row)));
            }
            default -> throw new IllegalArgumentException("Cannot read document-types kind '" + row.get("kind") + "' at "
                    + row.where());
        }
    }

    private static DocumentType type(String code, KnowledgeFile.Row row) {
        return DocumentType.fromCode(code).orElseThrow(() ->
                new IllegalArgumentException("Cannot read document type '" + code + "' at " + row.where()));
    }

    /** Type by the family words, publisher, fiscal year and the lines that name the area. */
    public DocumentProfile classify(CleanText text) {
        Objects.requireNonNull(text, "text is null");
        String whole = text.joined();
        String compact = Spaces.removeAll(whole);
        String department = mostFrequentDepartment(whole).orElse(null);
        return new DocumentProfile(byWords(compact), department, fiscalYear(whole), regionContext(text, department));
    }

    /**
     * The document's type from the kinds of content read in it, by the first rule all of whose
     * kinds are present; the type by words when nothing was read or no rule fits.
     */
    public DocumentType decide(DocumentType byWords, Set<DocumentType> content) {
        Objects.requireNonNull(byWords, "byWords is null");
        Objects.requireNonNull(content, "content is null");
        for (Rule rule : rules) {
            if (!content.isEmpty() && content.containsAll(rule.kinds())) {
                return rule.type();
            }
        }
        return byWords;
    }

    /**
     * The family the words vote for: final accounts when 决算 words come at least twice and at
     * least as often as budget words; a budget on any budget word; then self-evaluation,
     * declaration or allocation by their counts.
     */
    DocumentType byWords(String compact) {
        int finals = count(DocumentType.FINAL_ACCOUNTS, compact);
        int budgets = count(DocumentType.BUDGET, compact);
        if (finals >= 2 && finals >= budgets) {
            return DocumentType.FINAL_ACCOUNTS;
        }
        if (budgets >= 1) {
            return DocumentType.BUDGET;
        }
        int selfEvaluations = count(DocumentType.SELF_EVALUATION, compact);
        int declarations = count(DocumentType.DECLARATION, compact);
        int allocations = count(DocumentType.ALLOCATION, compact);
        if (selfEvaluations > 0 && selfEvaluations >= declarations) {
            return DocumentType.SELF_EVALUATION;
        }
        if (declarations > 0) {
            return DocumentType.DECLARATION;
        }
        return allocations > 0 ? DocumentType.ALLOCATION : DocumentType.UNKNOWN;
    }

    private int count(DocumentType type, String text) {
        int count = 0;
        for (String word : words.getOrDefault(type, List.of())) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                count++;
            }
        }
        return count;
    }

    /** The most named publishing body; a better-ranked bureau word wins, then the count, then the first named. */
    Optional<String> mostFrequentDepartment(String whole) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        Matcher place = PLACE.matcher(whole).useTransparentBounds(true).useAnchoringBounds(false);
        for (String bureau : bureaus) {
            for (int at = whole.indexOf(bureau); at >= 0; at = whole.indexOf(bureau, at + bureau.length())) {
                int start = placeStart(place, whole, at);
                if (start < 0) {
                    continue;
                }
                String name = whole.substring(start, at + bureau.length());
                if (PROVINCIAL.matcher(name.substring(0, name.length() - bureau.length())).matches()
                        || name.startsWith("国家")) {
                    continue; // a provincial or national bureau is cited, not the publisher
                }
                counts.merge(name, 1, Integer::sum);
                firstSeen.merge(name, start, Math::min);
                rank.merge(name, bureauRank.get(bureau), Math::min);
            }
        }
        return counts.keySet().stream()
                .min((a, b) -> {
                    int byRank = Integer.compare(rank.get(a), rank.get(b));
                    if (byRank != 0) {
                        return byRank;
                    }
                    int byCount = Integer.compare(counts.get(b), counts.get(a));
                    return byCount != 0 ? byCount : Integer.compare(firstSeen.get(a), firstSeen.get(b));
                });
    }

    /** Where the longest place name ending right before {@code bureauAt} starts, -1 when none does. */
    private static int placeStart(Matcher place, String whole, int bureauAt) {
        for (int start = Math.max(0, bureauAt - MAX_PLACE); start <= bureauAt - 3; start++) {
            if (place.region(start, bureauAt).matches()) {
                return start;
            }
        }
        return -1;
    }

    /** The year the document is about: the most frequent 20XX年度, else the most frequent year before a budget word. */
    static Integer fiscalYear(String whole) {
        Integer byYearWord = mostFrequentYear(YEAR_OF_DOCUMENT, whole);
        return byYearWord != null ? byYearWord : mostFrequentYear(YEAR, whole);
    }

    private static Integer mostFrequentYear(Pattern pattern, String whole) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher matcher = pattern.matcher(whole);
        while (matcher.find()) {
            counts.merge(Integer.parseInt(matcher.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static String regionContext(CleanText text, String department) {
        StringBuilder context = new StringBuilder();
        if (department != null) {
            context.append(department).append('\n');
        }
        int added = 0;
        for (SourceLine line : text.lines()) {
            if (added >= CONTEXT_LINES) {
                break;
            }
            if (!line.isBlank()) {
                String trimmed = line.text().strip();
                context.append(trimmed, 0, Math.min(trimmed.length(), 120)).append('\n');
                added++;
            }
        }
        return context.toString();
    }
}
