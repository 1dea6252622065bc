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
    private static final Pattern FINAL_ACCOUNTS = Pattern.compile("部门决算|决算表|决算公开|收入支出决算");
    private static final Pattern BUDGET = Pattern.compile("部门预算|预算公开|收支预算总表|部门收支总体情况表");
    private static final Pattern SELF_EVALUATION = Pattern.compile("绩效自评|自评表|自评报告|（自评）|\\(自评\\)");
    private static final Pattern DECLARATION = Pattern.compile("绩效目标申报表|绩效目标表|绩效目标申报");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:^|(?<=[\\s:：，,。、（(]|单位|部门|名称|称|代码|年度|\\d年))(?!度)"
                    + "([\\u4e00-\\u9fa5]{2,20}?(?:省|自治区|市|州|盟|地区|县|区|旗)"
                    + "(?:医疗保障局|医疗保障事务中心|医疗保障服务中心|医疗保险服务中心|社会医疗保险中心|医疗保险事业管理中心|医保局))");
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
        int finals = count(FINAL_ACCOUNTS, whole);
        int budgets = count(BUDGET, whole);
        if (finals >= 2 && finals >= budgets) {
            return DocumentType.FINAL_ACCOUNTS;
        }
        if (budgets >= 1) {
            return DocumentType.BUDGET;
        }
        int selfEvaluations = count(SELF_EVALUATION, whole);
        int declarations = count(DECLARATION, whole);
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
        Matcher matcher = DEPARTMENT.matcher(whole);
        while (matcher.find()) {
            String name = matcher.group(1);
            // a provincial or national bureau is cited, not the publisher
            if (name.matches(".*(省|自治区)[^县区市]*$") || name.startsWith("国家")) {
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
        Matcher matcher = YEAR.matcher(whole);
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

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
