package org.medinsure.warehouse.cli.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares the fields of one gold record with a warehouse fact and collects what differs, in
 * words a reader can check against the source ({@code budget: gold 350.0 万元 = 3500000.00 元,
 * warehouse 3510000.00 元}).
 *
 * <p>One rule for every field: a field the gold does not carry is not compared; a field the gold
 * carries as {@code null} means "not stated in the text", so the warehouse must have NULL as well
 * (zero is a different statement); any other value must be equal.
 */
final class Differences {
    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);
    /**
     * DOUBLE columns (indicator numbers, rates) equal the printed number up to the last bits of a
     * double; a misread number differs by far more than this relative tolerance.
     */
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private final GoldRecord gold;
    private final List<String> found = new ArrayList<>();

    Differences(GoldRecord gold) {
        this.gold = Objects.requireNonNull(gold, "gold is null");
    }

    /** Exact text. */
    Differences text(String goldField, String label, String actual) {
        if (gold.has(goldField)) {
            String expected = gold.text(goldField);
            if (!Objects.equals(expected, actual)) {
                found.add(label + ": gold " + quoted(expected) + ", warehouse " + quoted(actual));
            }
        }
        return this;
    }

    /** Text compared only where the warehouse states a value too. */
    Differences textWhereBothState(String goldField, String label, String actual) {
        return actual == null ? this : text(goldField, label, actual);
    }

    /**
     * Text with all whitespace removed on both sides: the gold joins wrapped cells and drops the
     * spaces the PDF extraction put between characters, the warehouse keeps the text as printed.
     */
    Differences squeezedText(String goldField, String label, String actual) {
        if (gold.has(goldField)) {
            String expected = gold.text(goldField);
            if (!Objects.equals(squeeze(expected), squeeze(actual))) {
                found.add(label + ": gold " + quoted(expected) + ", warehouse " + quoted(actual));
            }
        }
        return this;
    }

    /**
     * A column header: equal when whitespace aside one names the same levels as the other or its
     * lower levels only. A header printed over two rows names a column by its path (其中-省级); a
     * layout or a labeller that keeps the lower row alone (省级) names the same column.
     */
    Differences columnPath(String goldField, String label, String actual) {
        if (gold.has(goldField)) {
            String expected = gold.text(goldField);
            if (actual == null || !samePath(squeeze(expected), squeeze(actual))) {
                found.add(label + ": gold " + quoted(expected) + ", warehouse " + quoted(actual));
            }
        }
        return this;
    }

    static boolean samePath(String one, String other) {
        String longer = one.length() >= other.length() ? one : other;
        String shorter = longer == one ? other : one;
        return longer.equals(shorter) || longer.endsWith("-" + shorter);
    }

    Differences integer(String goldField, String label, Integer actual) {
        if (gold.has(goldField)) {
            Integer expected = gold.integer(goldField);
            if (!Objects.equals(expected, actual)) {
                found.add(label + ": gold " + expected + ", warehouse " + actual);
            }
        }
        return this;
    }

    /** Gold 万元 against warehouse 元, equal to the fen: amounts are printed to 0.01 万元 or finer. */
    Differences wanAsYuan(String goldField, String label, BigDecimal actualYuan) {
        if (gold.has(goldField)) {
            BigDecimal expectedWan = gold.decimal(goldField);
            BigDecimal expectedYuan = expectedWan == null ? null : toYuan(expectedWan);
            boolean same = expectedYuan == null ? actualYuan == null
                    : actualYuan != null && expectedYuan.compareTo(actualYuan.setScale(2, RoundingMode.HALF_UP)) == 0;
            if (!same) {
                found.add(label + ": gold " + (expectedWan == null ? "null" : expectedWan.toPlainString() + " 万元 = "
                        + expectedYuan.toPlainString() + " 元") + ", warehouse "
                        + (actualYuan == null ? "null" : actualYuan.toPlainString() + " 元"));
            }
        }
        return this;
    }

    /** A number held in a DOUBLE column, equal up to {@link #RELATIVE_TOLERANCE}. */
    Differences number(String goldField, String label, Double actual) {
        if (gold.has(goldField)) {
            BigDecimal expected = gold.decimal(goldField);
            boolean same = expected == null ? actual == null
                    : actual != null && Math.abs(expected.doubleValue() - actual)
                            <= RELATIVE_TOLERANCE * Math.max(1.0, Math.abs(actual));
            if (!same) {
                found.add(label + ": gold " + (expected == null ? "null" : expected.toPlainString()) + ", warehouse "
                        + actual);
            }
        }
        return this;
    }

    List<String> list() {
        return List.copyOf(found);
    }

    /** An amount without exponent, or {@code null}, for messages. */
    static String plain(BigDecimal amount) {
        return amount == null ? "null" : amount.toPlainString();
    }

    static BigDecimal toYuan(BigDecimal wan) {
        return wan.multiply(YUAN_PER_WAN).setScale(2, RoundingMode.HALF_UP);
    }

    /** The text without any whitespace, including U+3000 and other Unicode spaces; null as empty. */
    static String squeeze(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder squeezed = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(squeezed::appendCodePoint);
        return squeezed.toString();
    }

    private static String quoted(String text) {
        return text == null ? "null" : '"' + text + '"';
    }
}
