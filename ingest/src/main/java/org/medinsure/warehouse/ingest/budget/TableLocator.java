package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medinsure.warehouse.ingest.money.MoneyUnit;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.TableTitles;

/**
 * Finds budget tables by their titles: a short line ending in 表 that holds a title word (预算,
 * 决算, 收支 …) and no exclusion word (绩效, 部门预算表 …). A table runs to the next title-like line,
 * table number or 注： note, or to the first paragraph of narrative under its figures. Blocks under the same title one after another are one table printed
 * over two pages, so they are merged. Narrative lines are everything outside the tables.
 */
final class TableLocator {
    /** A label with its value printed above a table's header (单位名称：…, 单位：万元). */
    static final Pattern META_LABEL = Pattern.compile("^(部门|部门名称|单位|单位名称|预算单位|编制单位|编制部门|填报单位|填报部门)[:：].*");
    private static final Pattern META = Pattern.compile(META_LABEL.pattern() + "|^元$|^[(（]\\d{4}年度?[)）]$");
    /** 部门：… printed before 单位： on one line; only the 单位 part is kept for the meta test. */
    private static final Pattern DEPARTMENT_LEAD = Pattern.compile("^部门[:：].*?(?=单位[:：])");
    /** Characters of a line of a paragraph, at least (a wrapped table cell is narrower). */
    private static final int PROSE_LENGTH = 24;
    private static final Pattern LIST_MARK = Pattern.compile("^[-*•·]\\s.*");

    private final BudgetVocabulary vocabulary;

    TableLocator(BudgetVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    }

    /** Blocks found, and for every line whether it belongs to a table (title to end). */
    record Located(List<TableBlock> blocks, boolean[] inTable) {
    }

    Located locate(CleanText text) {
        int size = text.size();
        boolean[] inTable = new boolean[size + 1];
        List<TableBlock> blocks = new ArrayList<>();
        int i = 1;
        while (i <= size) {
            SourceLine line = text.line(i);
            if (!isTitle(line.text()) || isExcluded(line.text())) {
                i++;
                continue;
            }
            int end = i + 1;
            boolean figures = false;
            while (end <= size && !endsTable(text, end, i) && !(figures && isProse(text.line(end).text()))) {
                figures |= hasFigure(text.line(end).text());
                end++;
            }
            for (int k = i; k < end; k++) {
                inTable[k] = true;
            }
            TableBlock block = block(text, i, end);
            if (block.body().isEmpty() && end <= size && isTitle(text.line(end).text())) {
                i = end; // a title straight above another: a line of the table of contents, not a table
                continue;
            }
            TableBlock previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (previous != null && previous.title().equals(block.title()) && onlyBlankBetween(text, previous, i)) {
                List<SourceLine> merged = new ArrayList<>(previous.body());
                merged.addAll(block.body());
                blocks.set(blocks.size() - 1, new TableBlock(previous.title(), previous.tableNumber(),
                        previous.titleLine(), previous.yuanPerUnit(), previous.unitFound(), merged));
            } else {
                blocks.add(block);
            }
            i = end;
        }
        return new Located(blocks, inTable);
    }

    private boolean onlyBlankBetween(CleanText text, TableBlock previous, int titleLine) {
        int last = previous.body().isEmpty() ? previous.titleLine() : previous.body().get(previous.body().size() - 1).number();
        for (int k = last + 1; k < titleLine; k++) {
            if (!text.line(k).isBlank()) {
                return false;
            }
        }
        return true;
    }

    boolean isTitle(String raw) {
        if (!mayEndTitle(lastNonWhitespace(raw))) {
            return false; // the squeezed title must end in 表 or a note after it; most lines fail here, before any copying
        }
        String line = raw.strip();
        String squeezed = BudgetVocabulary.squeeze(line);
        return !squeezed.isEmpty() && squeezed.length() <= 40 && TableTitles.withoutTrailingNotes(squeezed).endsWith("表")
                && !LIST_MARK.matcher(line).matches() && !isTableNumber(squeezed)
                && squeezed.chars().noneMatch(c -> c == '，' || c == '。' || c == '\t')
                && vocabulary.containsAny("title_word", squeezed);
    }

    private boolean isExcluded(String line) {
        return vocabulary.containsAny("title_exclude", line);
    }

    /** A prefix of the vocabulary, one or two ASCII digits, then 表: {@code 公开01表}, {@code 预算3表}. */
    boolean isTableNumber(String squeezed) {
        for (BudgetVocabulary.Entry entry : vocabulary.entries("table_number")) {
            String prefix = entry.label();
            int digits = squeezed.length() - prefix.length() - 1;
            if ((digits == 1 || digits == 2) && squeezed.startsWith(prefix) && squeezed.endsWith("表")
                    && isAsciiDigit(squeezed.charAt(prefix.length()))
                    && isAsciiDigit(squeezed.charAt(prefix.length() + digits - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first and last characters {@link String#strip()} keeps (0 for a blank text). Squeezing
     * never removes them, so they are the first and last characters of the squeezed line.
     */
    private static char firstNonWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private static char lastNonWhitespace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** 表, or the bracket closing a note after it (…预算表（功能科目）). */
    private static boolean mayEndTitle(char c) {
        return c == '表' || c == ')' || c == '）';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean endsTable(CleanText text, int number, int titleLine) {
        String raw = text.line(number).text();
        if (firstNonWhitespace(raw) != '注' && !mayEndTitle(lastNonWhitespace(raw))) {
            return false; // every test below needs a line starting with 注 or ending like a title
        }
        String line = raw.strip();
        String squeezed = BudgetVocabulary.squeeze(line);
        if (squeezed.startsWith("注:") || squeezed.startsWith("注：")) {
            return true;
        }
        if (isTitle(line) && !squeezed.equals(BudgetVocabulary.squeeze(text.line(titleLine).text()))) {
            return true;
        }
        // a table number belongs to the title just above it; further down it announces the next table
        return isTableNumber(squeezed) && nonBlankBetween(text, titleLine, number) > 2;
    }

    /**
     * A line of a paragraph, not of a table: one run of text (no cell gap) of a sentence's length
     * with its punctuation. The narrative printed under a table's figures ends the table.
     */
    static boolean isProse(String raw) {
        String line = raw.strip();
        if (line.length() < PROSE_LENGTH || line.contains("  ") || line.indexOf('\t') >= 0) {
            return false;
        }
        return line.indexOf('。') >= 0 || line.indexOf('，') >= 0;
    }

    private static boolean hasFigure(String raw) {
        return raw.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    private static int nonBlankBetween(CleanText text, int from, int to) {
        int count = 0;
        for (int k = from + 1; k < to; k++) {
            if (!text.line(k).isBlank()) {
                count++;
            }
        }
        return count;
    }

    private TableBlock block(CleanText text, int titleLine, int end) {
        String title = TableTitles.withoutNumber(text.line(titleLine).text());
        String tableNumber = null;
        BigDecimal yuanPerUnit = null;
        List<SourceLine> body = new ArrayList<>();
        String squeezedTitle = BudgetVocabulary.squeeze(text.line(titleLine).text());
        for (int k = titleLine + 1; k < end; k++) {
            SourceLine line = text.line(k);
            String squeezed = BudgetVocabulary.squeeze(line.text());
            if (squeezed.isEmpty() || squeezed.equals(squeezedTitle)) {
                continue;
            }
            if (isTableNumber(squeezed)) {
                tableNumber = tableNumber == null ? squeezed : tableNumber;
                continue;
            }
            if (yuanPerUnit == null && line.text().contains("单位")) { // 单位：万元, 金额单位：元; 单位：万 is 万元
                yuanPerUnit = vocabulary.money().labelUnit(line.text()).map(MoneyUnit::factor).orElse(null);
            }
            String tail = squeezed.startsWith("部门") ? DEPARTMENT_LEAD.matcher(squeezed).replaceFirst("") : squeezed;
            if (mayBeMeta(tail) && META.matcher(tail).matches()) {
                continue;
            }
            body.add(line);
        }
        boolean found = yuanPerUnit != null;
        return new TableBlock(title, tableNumber, titleLine, found ? yuanPerUnit : vocabulary.money().assumed().factor(), found, body);
    }

    /** A meta line starts with 部, 单, 编, 填, 元 or a bracket; the others skip the regex. */
    private static boolean mayBeMeta(String squeezed) {
        return !squeezed.isEmpty() && "部单编填元(（".indexOf(squeezed.charAt(0)) >= 0;
    }
}
