package org.medinsure.warehouse.ingest.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.model.DocumentProfile;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Decides a document's family, publishing department and fiscal year from its words. The family
 * follows the publication, not its attachments: a department budget that attaches project forms is
 * a budget, final accounts that attach a self-evaluation are final accounts.
 */
public final class DocumentClassifier {
    // family words, counted as the regex alternations 部门决算|决算表|… would count them (see countWords)
    private static final String[] FINAL_ACCOUNTS = {"部门决算", "决算表", "决算公开", "收入支出决算"};
    private static final String[] BUDGET = {"部门预算", "预算公开", "收支预算总表", "部门收支总体情况表"};
    private static final String[] SELF_EVALUATION = {"绩效自评", "自评表", "自评报告", "（自评）", "(自评)"};
    private static final String[] DECLARATION = {"绩效目标申报表", "绩效目标表", "绩效目标申报"};
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:^|(?<=[\\s:：，,。、（(]|单位|部门|名称|称|代码|年度|\\d年))(?!度)"
                    + "([\\u4e00-\\u9fa5]{2,20}?(?:省|自治区|市|州|盟|地区|县|区|旗)"
                    + "(?:医疗保障局|医疗保障事务中心|医疗保障服务中心|医疗保险服务中心|社会医疗保险中心|医疗保险事业管理中心|医保局))");
    /**
     * Every department match is a run of 2 to 20 Han characters, a place word ending in one of
     * {@link #PLACE_ENDS}, then a bureau word; so it can only start within 23 characters before a
     * bureau word preceded by a place character, and only those positions need the regex. The
     * bureau words are those of {@link #DEPARTMENT}, located by the 医 each of them holds.
     */
    private static final String[] BUREAUS = {"医疗保障局", "医疗保障事务中心", "医疗保障服务中心", "医疗保险服务中心",
            "社会医疗保险中心", "医疗保险事业管理中心", "医保局"};
    private static final char BUREAU_ANCHOR = '医';
    private static final String PLACE_ENDS = "省区市州盟县旗";
    private static final int DEPARTMENT_MAX_LEAD = 20 + 3;
    private static final int DEPARTMENT_MIN_LEAD = 2 + 1;
    private static final Pattern PROVINCIAL = Pattern.compile(".*(省|自治区)[^县区市]*$");
    /** Every year match starts with 20, so only the positions of "20" need the regex. */
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年\\s*(?:度|部门[预决]算|[预决]算|项目支出)");
    private static final int CONTEXT_LINES = 60;

    private DocumentClassifier() {
    }

    public static DocumentProfile classify(CleanText text) {
        String whole = text.joined();
        String department = mostFrequentDepartment(whole).orElse(null);
        return new DocumentProfile(documentType(whole), department, fiscalYear(whole), regionContext(text, department));
    }

    static DocumentType documentType(String whole) {
        int finals = countWords(FINAL_ACCOUNTS, whole);
        int budgets = countWords(BUDGET, whole);
        if (finals >= 2 && finals >= budgets) {
            return DocumentType.FINAL_ACCOUNTS;
        }
        if (budgets >= 1) {
            return DocumentType.BUDGET;
        }
        int selfEvaluations = countWords(SELF_EVALUATION, whole);
        int declarations = countWords(DECLARATION, whole);
        if (selfEvaluations > 0 && selfEvaluations >= declarations) {
            return DocumentType.SELF_EVALUATION;
        }
        if (declarations > 0) {
            return DocumentType.DECLARATION;
        }
        return DocumentType.UNKNOWN;
    }

    static Optional<String> mostFrequentDepartment(String whole) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        Matcher matcher = DEPARTMENT.matcher(whole).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (findDepartment(matcher, whole, from)) {
            from = matcher.end();
            String name = matcher.group(1);
            // a provincial or national bureau is cited, not the publisher
            if (PROVINCIAL.matcher(name).matches() || name.startsWith("国家")) {
                continue;
            }
            counts.merge(name, 1, Integer::sum);
            firstSeen.putIfAbsent(name, matcher.start());
        }
        // the most mentioned; on a tie the one named first, as titles come first
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(entry -> -firstSeen.get(entry.getKey())))
                .map(Map.Entry::getKey);
    }

    static Integer fiscalYear(String whole) {
        Map<Integer, Integer> counts = new HashMap<>();
        // the matches find() would return, trying the regex only where "20" starts a candidate
        Matcher matcher = YEAR.matcher(whole).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = whole.indexOf("20"); at >= 0; at = whole.indexOf("20", at + 1)) {
            if (matcher.region(at, whole.length()).lookingAt()) {
                counts.merge(Integer.parseInt(matcher.group(1)), 1, Integer::sum);
                at = matcher.end() - 1; // the next match starts after this one
            }
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

    /**
     * The next department match from {@code from}, as {@code matcher.find()} would return it, but
     * trying the regex only where a match can start (see {@link #BUREAUS}) instead of at every
     * position of the document. Candidates are tried in increasing order, so the first that
     * matches is the leftmost match, the one find() returns. The matcher's bounds must be
     * transparent and not anchoring, so that the look-behind and {@code ^} see the whole text.
     */
    private static boolean findDepartment(Matcher matcher, String whole, int from) {
        int next = from;
        for (int anchor = whole.indexOf(BUREAU_ANCHOR, from); anchor >= 0;
                anchor = whole.indexOf(BUREAU_ANCHOR, anchor + 1)) {
            int bureau = bureauAround(whole, anchor);
            if (bureau < 1 || PLACE_ENDS.indexOf(whole.charAt(bureau - 1)) < 0) {
                continue;
            }
            // the place name and the run before it are Han characters, at most DEPARTMENT_MAX_LEAD of them
            int first = bureau;
            while (first > 0 && bureau - first < DEPARTMENT_MAX_LEAD && isHan(whole.charAt(first - 1))) {
                first--;
            }
            for (int start = Math.max(next, first); start <= bureau - DEPARTMENT_MIN_LEAD; start++) {
                if (matcher.region(start, whole.length()).lookingAt()) {
                    return true;
                }
            }
            next = Math.max(next, bureau - DEPARTMENT_MIN_LEAD + 1);
        }
        return false;
    }

    /** Where a bureau word holding the 医 at {@code anchor} starts, or -1 when none does. */
    private static int bureauAround(String whole, int anchor) {
        int found = -1;
        for (String bureau : BUREAUS) {
            int start = anchor - bureau.indexOf(BUREAU_ANCHOR);
            if (start >= 0 && whole.startsWith(bureau, start) && (found < 0 || start < found)) {
                found = start;
            }
        }
        return found;
    }

    /** The Han range of the department regex, {@code [\u4e00-\u9fa5]}. */
    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    /**
     * How often the words occur, counted as a regex alternation of them counts: scanning left to
     * right, the leftmost occurrence of any word is counted (on a tie, the word listed first) and
     * the scan resumes after it. Each word's next occurrence comes from {@code String.indexOf},
     * which is much faster than testing every position of the document.
     */
    static int countWords(String[] words, String text) {
        int[] next = new int[words.length];
        for (int w = 0; w < words.length; w++) {
            next[w] = text.indexOf(words[w]);
        }
        int count = 0;
        while (true) {
            int first = -1;
            for (int w = 0; w < words.length; w++) {
                if (next[w] >= 0 && (first < 0 || next[w] < next[first])) {
                    first = w;
                }
            }
            if (first < 0) {
                return count;
            }
            count++;
            int resume = next[first] + words[first].length();
            for (int w = 0; w < words.length; w++) {
                if (next[w] >= 0 && next[w] < resume) {
                    next[w] = text.indexOf(words[w], resume);
                }
            }
        }
    }
}
