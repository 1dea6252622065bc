package org.medinsure.warehouse.ingest.form;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a money amount as printed and converts it to yuan. The unit is searched where forms print
 * it, nearest first: the value's own suffix ({@code 350 万元}, {@code 231000元}), the label
 * ({@code 年度财政拨款 (万元)}), a cell of the same row ({@code 项目资金 (万元)}), the form's
 * {@code 单位：万元} line. Only when none speaks is 万元 assumed, the unit of almost every form.
 */
public final class Money {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    /** A full-width comma between digit groups is a thousands separator (１，２００．５ → 1，200.5). */
    private static final Pattern WIDE_GROUP_SEPARATOR = Pattern.compile("(?<=\\d)，(?=\\d{3}(?!\\d))");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WAN_LABEL = Pattern.compile(".*([(（]万元[)）]|单位[：:]万元).*");
    private static final Pattern YI_LABEL = Pattern.compile(".*([(（]亿元[)）]|单位[：:]亿元).*");
    private static final Pattern YUAN_LABEL = Pattern.compile(".*([(（]元[)）]|单位[：:]元).*");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    /** The unit a text names, if any. */
    public enum Unit {
        YUAN("元", BigDecimal.ONE), WAN("万元", TEN_THOUSAND), YI("亿元", HUNDRED_MILLION);

        private final String printed;
        private final BigDecimal factor;

        Unit(String printed, BigDecimal factor) {
            this.printed = printed;
            this.factor = factor;
        }

        /** The unit as forms print it: 元, 万元, 亿元. */
        public String printed() {
            return printed;
        }

        public BigDecimal toYuan(BigDecimal amount) {
            BigDecimal yuan = amount.multiply(factor).stripTrailingZeros();
            return yuan.scale() < 0 ? yuan.setScale(0) : yuan; // 95000, not 9.5E+4
        }
    }

    private Money() {
    }

    /** The first number in a text, thousands separators removed. */
    public static Optional<BigDecimal> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = NUMBER.matcher(WIDE_GROUP_SEPARATOR.matcher(text).replaceAll(","));
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(matcher.group().replace(",", "")));
    }

    /** The unit printed right after the first number of a value ({@code 350 万元}, {@code 450 万}). */
    public static Optional<Unit> valueUnit(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = WIDE_GROUP_SEPARATOR.matcher(text).replaceAll(",");
        Matcher matcher = NUMBER.matcher(plain);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String after = plain.substring(matcher.end()).strip();
        if (after.startsWith("亿")) {
            return Optional.of(Unit.YI);
        }
        if (after.startsWith("万")) {
            return Optional.of(Unit.WAN);
        }
        if (after.startsWith("元")) {
            return Optional.of(Unit.YUAN);
        }
        return Optional.empty();
    }

    /** A unit named in a label or a 单位 line: {@code (万元)}, {@code （元）}, {@code 单位：万元}. */
    public static Optional<Unit> labelUnit(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.indexOf('元') < 0) {
            return Optional.empty(); // every unit label names 元; most cells do not, so skip the regexes
        }
        String compact = WHITESPACE.matcher(text).replaceAll("");
        if (WAN_LABEL.matcher(compact).matches()) {
            return Optional.of(Unit.WAN);
        }
        if (YI_LABEL.matcher(compact).matches()) {
            return Optional.of(Unit.YI);
        }
        if (YUAN_LABEL.matcher(compact).matches()) {
            return Optional.of(Unit.YUAN);
        }
        return Optional.empty();
    }
}
