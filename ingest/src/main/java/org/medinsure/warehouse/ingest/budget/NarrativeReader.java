package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.ExecutionStatement;

/**
 * Finds the sentences that compare budget with outcome: {@code 年初预算为 X 万元，支出决算为 Y 万元，
 * 完成年初预算的 Z%} and {@code … Y 万元，完成年初预算的 Z%}, names their item (the subject before
 * the figures, or the 类/款/项 heading the paragraph is about) and joins them with the budget/final
 * column pairs of the tables. Pairs no sentence mentions are kept as table-only statements.
 */
final class NarrativeReader {
    private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";
    private static final Pattern FULL = Pattern.compile("年初预算为" + NUMBER + "万元[，,]?(?:支出)?决算(?:数)?为" + NUMBER
            + "万元[，,]?完成年初预算的" + NUMBER + "%");
    private static final String FULL_WORD = "年初预算为";
    private static final String RATE_WORD = "完成年初预算的";
    private static final Pattern RATE_ONLY = Pattern.compile(NUMBER + "万元[，,]?完成年初预算的" + NUMBER + "%");
    private static final Pattern CLASSIFICATION = Pattern.compile(
            "([^。；;：:]{1,40}?（类）[^。；;：:]{1,40}?（款）[^。；;：:]{1,40}?（项）)");
    private static final String CLASS_MARK = "（类）";
    private static final int MAX_LEVEL_NAME = 40;
    /** A list item's enumerator (1、 1． 1. （1） (1) （一） 一、), which is not part of the item it numbers. */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:\\d+[、．.](?!\\d)|[（(]\\d+[）)]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)");
    private static final Pattern ENUMERATOR = Pattern.compile(LEAD.pattern().substring(1));
    private static final Pattern YEAR = Pattern.compile("\\d{4}年度?");
    private static final Pattern LEVELS = Pattern.compile("(.+?)（类）(.+?)（款）(.+?)（项）");

    private final BudgetVocabulary vocabulary;

    NarrativeReader(BudgetVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    }

    List<ExecutionStatement> read(Narrative narrative, List<BudgetLine> lines, List<PairFigure> pairs) {
        String text = narrative.text();
        List<ExecutionStatement> result = new ArrayList<>();
        List<int[]> covered = new ArrayList<>();
        Matcher full = FULL.matcher(text);
        int fullFrom = 0;
        while (findFull(full, text, fullFrom)) {
            fullFrom = full.end();
            covered.add(new int[] {full.start(), full.end()});
            String item = itemBefore(text, full.start());
            int itemStart = item == null ? full.start() : Math.max(0, text.lastIndexOf(item, full.start()));
            if (item == null) {
                continue;
            }
            result.add(new ExecutionStatement(narrative.line(itemStart), item, codeOf(item, lines),
                    yuan(full.group(1)), yuan(full.group(2)), Double.valueOf(full.group(3)), "text"));
        }
        Set<PairFigure> used = new HashSet<>();
        Matcher rate = RATE_ONLY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int rateFrom = 0;
        while (findRate(rate, text, rateFrom)) {
            rateFrom = rate.end();
            int start = rate.start();
            if (covered.stream().anyMatch(r -> start >= r[0] && start < r[1])) {
                continue;
            }
            String clause = clause(text, start).replaceFirst("决算数?为$", "");
            String item = stripPrefix(afterYear(clause));
            if (item.isEmpty()) {
                continue;
            }
            PairFigure pair = match(item, pairs);
            BigDecimal actual = yuan(rate.group(1));
            int line = narrative.line(Math.max(0, start - item.length()));
            if (pair != null) {
                used.add(pair);
                result.add(new ExecutionStatement(line, item, null, pair.budgetYuan(), actual,
                        Double.valueOf(rate.group(2)), "text+table"));
            } else {
                result.add(new ExecutionStatement(line, item, codeOf(item, lines), null, actual,
                        Double.valueOf(rate.group(2)), "text"));
            }
        }
        for (PairFigure pair : pairs) {
            if (!used.contains(pair)) {
                result.add(new ExecutionStatement(pair.line(), pair.tableTotal() ? pair.subject() : pair.item(), null,
                        pair.budgetYuan(), pair.finalYuan(), null, "table"));
            }
        }
        return result;
    }

    /** The subject of a figure sentence, or the 类/款/项 heading when the sentence has none of its own. */
    private String itemBefore(String text, int start) {
        String own = LEAD.matcher(afterYear(clause(text, start))).replaceFirst("").replaceFirst("^支出$", "");
        if (!own.isEmpty()) {
            return own;
        }
        String before = text.substring(Math.max(0, start - 200), start);
        if (!before.contains("（类）") || !before.contains("（款）") || !before.contains("（项）")) {
            return null; // a heading needs all three; spare the backtracking regex on the text that has none
        }
        String last = lastHeading(before);
        if (last == null) {
            return null;
        }
        // lines are joined: a heading may have taken in the lines before its enumerator (a title, a section)
        Matcher enumerator = ENUMERATOR.matcher(last);
        int itemStart = 0;
        while (enumerator.find()) {
            itemStart = enumerator.end();
        }
        return last.substring(itemStart);
    }

    /**
     * The last of the {@link #CLASSIFICATION} matches that {@code find()} would return, one after
     * the other. A match prints （类） after 1 to 40 characters, so it can only start within 40
     * characters before some （类）: only those starts are tried, in increasing order, which spares
     * the backtracking regex the other positions.
     */
    private static String lastHeading(String text) {
        Matcher heading = CLASSIFICATION.matcher(text);
        String last = null;
        int next = 0; // where find() would go on: the end of the last match, then past tried starts
        for (int mark = text.indexOf(CLASS_MARK); mark >= 0; mark = text.indexOf(CLASS_MARK, mark + 1)) {
            // nor can it start before a sentence mark that precedes the （类）: the name may not cross one
            int first = Math.max(next, mark - MAX_LEVEL_NAME);
            for (int k = mark - 1; k >= first; k--) {
                if ("。；;：:".indexOf(text.charAt(k)) >= 0) {
                    first = k + 1;
                    break;
                }
            }
            for (int start = first; start < mark; start++) {
                if (heading.region(start, text.length()).lookingAt()) {
                    last = heading.group(1);
                    next = heading.end();
                    break;
                }
            }
            next = Math.max(next, mark);
        }
        return last;
    }

    /**
     * The next match of {@link #FULL} from {@code from}, as {@code find()} would return it:
     * every match starts with {@link #FULL_WORD}, so the regex is tried only where
     * {@code indexOf} finds that word instead of at every position of the narrative.
     */
    private static boolean findFull(Matcher full, String text, int from) {
        for (int at = text.indexOf(FULL_WORD, from); at >= 0; at = text.indexOf(FULL_WORD, at + 1)) {
            if (full.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next match of {@link #RATE_ONLY} from {@code from}, as {@code find()} would return it.
     * Every match is a number, 万元, maybe a comma, then {@link #RATE_WORD}; so for each
     * occurrence of that word only the digits of the number printed before it can start a match,
     * and they are tried in increasing order. The matcher's bounds must be transparent.
     */
    private static boolean findRate(Matcher rate, String text, int from) {
        for (int word = text.indexOf(RATE_WORD, from); word >= 0; word = text.indexOf(RATE_WORD, word + 1)) {
            int unitEnd = word > 0 && (text.charAt(word - 1) == '，' || text.charAt(word - 1) == ',') ? word - 1 : word;
            if (unitEnd < 2 || !text.startsWith("万元", unitEnd - 2)) {
                continue;
            }
            int numberEnd = unitEnd - 2;
            int numberStart = numberEnd;
            while (numberStart > 0 && isNumberChar(text.charAt(numberStart - 1))) {
                numberStart--;
            }
            for (int start = Math.max(from, numberStart); start < numberEnd; start++) {
                if (rate.region(start, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A character of {@link #NUMBER}: a digit, a comma or a decimal point. */
    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.';
    }

    /** Text from the last sentence or clause boundary before {@code start}. */
    private static String clause(String text, int start) {
        int from = start;
        while (from > 0 && "。；;，,：:！!".indexOf(text.charAt(from - 1)) < 0 && start - from < 80) {
            from--;
        }
        return LEAD.matcher(text.substring(from, start)).replaceFirst("");
    }

    /** 2019年度一般公共预算财政拨款支出 → 一般公共预算财政拨款支出: the subject follows the year. */
    private static String afterYear(String clause) {
        Matcher year = YEAR.matcher(clause);
        int end = -1;
        while (year.find()) {
            end = year.end();
        }
        return end < 0 ? clause : clause.substring(end);
    }

    /** Funding-source words go, unless nothing but 支出 would be left. */
    private String stripPrefix(String item) {
        for (BudgetVocabulary.Entry prefix : vocabulary.entries("item_prefix")) {
            if (item.startsWith(prefix.label())) {
                String rest = item.substring(prefix.label().length());
                return rest.isEmpty() || rest.equals("支出") ? item : rest;
            }
        }
        return item;
    }

    /** A pair named like the item: same words, or its words in order within the item's (运行费 / 运行维护费). */
    private static PairFigure match(String item, List<PairFigure> pairs) {
        for (PairFigure pair : pairs) {
            if (pair.item().equals(item) || (pair.tableTotal() && pair.subject().equals(item))) {
                return pair;
            }
        }
        for (PairFigure pair : pairs) {
            if (!pair.tableTotal() && isSubsequence(pair.item(), item)) {
                return pair;
            }
        }
        return null;
    }

    private static boolean isSubsequence(String shorter, String longer) {
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (shorter.charAt(i) == longer.charAt(j)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    /** 卫生健康支出（类）医疗救助（款）城乡医疗救助（项） → 2101301, when every level names a printed line. */
    static String codeOf(String item, List<BudgetLine> lines) {
        Matcher levels = LEVELS.matcher(item);
        if (!levels.matches()) {
            return null;
        }
        String code = "";
        for (int level = 1; level <= 3; level++) {
            String name = levels.group(level);
            int length = 1 + 2 * level;
            String prefix = code;
            code = lines.stream().map(BudgetLine::functionCode)
                    .filter(c -> c != null && c.length() == length && c.startsWith(prefix))
                    .filter(c -> lines.stream().anyMatch(l -> c.equals(l.functionCode())
                            && BudgetVocabulary.squeeze(l.functionName()).equals(name)))
                    .findFirst().orElse(null);
            if (code == null) {
                return null;
            }
        }
        return code;
    }

    /** An amount the sentences print in 万元, in yuan by the unit table. */
    private BigDecimal yuan(String wan) {
        return vocabulary.money().unit("万元").orElseThrow(() -> new IllegalStateException(
                "Cannot find 万元 in the unit table")).toYuan(new BigDecimal(wan.replace(",", "")));
    }
}
