package org.medinsure.warehouse.ingest.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row (or, in a two-sided table, one side of a row) as read, before its amounts are known to
 * belong to particular columns.
 *
 * @param code classification code joined (2101301), null when none is printed
 * @param label the row label as printed (wrapped pieces joined), e.g. 城乡医疗救助 or 合 计
 * @param side index into {@link TableHeader#sides()}
 * @param amounts positional rows: one entry per column of the side, null for a blank cell;
 *     otherwise the amounts in printed order, columns still to be inferred
 * @param positional whether {@code amounts} is aligned with the columns
 * @param total whether the label is a total-row label (合计, 本年支出合计 …)
 */
record TableRow(int line, String code, String label, int side, List<Amount> amounts, boolean positional,
                boolean total) {
    TableRow {
        Objects.requireNonNull(label, "label is null");
        amounts = Collections.unmodifiableList(new ArrayList<>(amounts)); // may hold nulls for blank cells
    }

    boolean hasAmount() {
        return amounts.stream().anyMatch(Objects::nonNull);
    }

    /** Code level 类 / 款 / 项 by length; the parent code is the code cut by one level. */
    String parentCode() {
        if (code == null || code.length() <= 3) {
            return null;
        }
        return code.substring(0, code.length() - 2);
    }
}
