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

    private TableTitles() {
    }

    /** The title without a leading table number; the title itself when it has none or is only a number. */
    public static String withoutNumber(String title) {
        Matcher matcher = NUMBER.matcher(title);
        if (!matcher.find() || matcher.end() >= title.length()) {
            return title.strip();
        }
        return title.substring(matcher.end()).strip();
    }
}
