package org.medinsure.warehouse.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as documents print them: 万元 to two decimals. */
final class Money {
    private Money() {
    }

    static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** With thousands separators, as budget tables often print: 1,234.50. */
    static String grouped(double value) {
        return String.format(java.util.Locale.ROOT, "%,.2f", value);
    }
}
