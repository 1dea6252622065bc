package org.medinsure.warehouse.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's title without the number printed before it ({@code 表2 一般公共预算支出表},
 * {@code 附表3-1 …}, {@code 公开01表 …}, a list number {@code 二、}, {@code （三）}, {@code 4.}): the number labels the table's place in one publication,
 * the title names the table, and the same table is numbered differently from county to county.
 */
public final class TableTitles {
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*((?:附)?表\\s*[0-9一二三四五六七八九十]+(?:\\s*[-—－.]\\s*[0-9]+)?|(?:公开|预算|决算)\\s*[0-9]+\\s*表"
                    + "|[一二三四五六七八九十]+\\s*、|[（(][一二三四五六七八九十]+[）)]|[0-9]{1,2}\\s*(?:、|[.．](?![0-9])))[\\s:：、.]*");

    private static final Pattern HAN_GAP = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    private TableTitles() {
    }

    /**
     * The title without a leading table number, and without the spaces of a letter-spaced print
     * ({@code 2 02 5年 部 门 支 出 预 算 总 表}); the title itself when it has none or is only a number.
     */
    public static String withoutNumber(String title) {
        String text = unspaced(title.strip());
        Matcher matcher = NUMBER.matcher(text);
        if (!matcher.find() || matcher.end() >= text.length()) {
            return text;
        }
        return text.substring(matcher.end()).strip();
    }

    /**
     * A whitespace-free title without the bracketed notes after its last word
     * ({@code 财政拨款支出预算表（功能科目）}, {@code …汇总表（第二批）}), so that it ends in the word naming the table.
     */
    public static String withoutTrailingNotes(String compact) {
        String title = compact;
        while (title.endsWith(")") || title.endsWith("）")) {
            int open = Math.max(title.lastIndexOf('('), title.lastIndexOf('（'));
            if (open < 0) {
                break;
            }
            title = title.substring(0, open);
        }
        return title;
    }

    /**
     * A title printed letter-spaced (most characters one space apart, as a PDF justifies a heading)
     * without those spaces; any other title keeps its spaces between words, less those between two
     * Chinese characters.
     */
    static String unspaced(String title) {
        int single = 0;
        int characters = 0;
        for (int i = 0; i < title.length(); i++) {
            boolean space = title.charAt(i) == ' ';
            characters += space ? 0 : 1;
            single += space && i > 0 && i + 1 < title.length() && title.charAt(i - 1) != ' '
                    && title.charAt(i + 1) != ' ' ? 1 : 0;
        }
        if (single >= 3 && single * 3 >= characters && title.indexOf("  ") < 0) {
            return title.replace(" ", "");
        }
        return HAN_GAP.matcher(title).replaceAll("");
    }
}
