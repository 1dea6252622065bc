package org.medinsure.warehouse.transform.taxonomy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of an indicator name that the taxonomy compares: NFKC-normalised, without numbering
 * ({@code 指标1:}, {@code 1、}, {@code (一)}), without template annotations ({@code (必填)},
 * {@code (必填硬性指标)}), without a leading year ({@code 2023年缴费期内参保人数} → {@code 缴费期内参保人数}),
 * without punctuation, symbols and spaces, and with Latin letters in lower case
 * ({@code “一站式”结算率} → {@code 一站式结算率}, {@code DRG} → {@code drg}).
 */
public final class IndicatorNameKey {
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:指标\\s*\\d+\\s*[:：.、]?|\\d+\\s*(?:[、:：)）]|[.．](?!\\d))|[(（]\\s*[\\d一二三四五六七八九十]+\\s*[)）]|[一二三四五六七八九十]+\\s*[、.．])\\s*");
    private static final Pattern ANNOTATION = Pattern.compile("[(（]\\s*必填[^)）]*[)）]");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}\\s*年度?");
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private IndicatorNameKey() {
    }

    /** The comparable key of a printed name; "" for null or a name that is only numbering and punctuation. */
    public static String of(String printed) {
        if (printed == null) {
            return "";
        }
        String text = Normalizer.normalize(printed, Normalizer.Form.NFKC).strip();
        text = NUMBERING.matcher(text).replaceFirst("");
        text = ANNOTATION.matcher(text).replaceAll("");
        text = LEADING_YEAR.matcher(text.strip()).replaceFirst("");
        text = NOISE.matcher(text).replaceAll("");
        return text.toLowerCase(Locale.ROOT);
    }
}
