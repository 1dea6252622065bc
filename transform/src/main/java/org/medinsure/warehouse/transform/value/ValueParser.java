package org.medinsure.warehouse.transform.value;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a printed indicator value ({@code ≥95%}, {@code 99%以上}, {@code 350 万元}, {@code 31.7万},
 * {@code 参保人数 658090人}, {@code 2022年12月底前}, {@code 良好}) into a {@link ParsedValue}.
 *
 * <p>The text is NFKC-normalised first (full-width digits, {@code ％}, {@code ＞}) and its spaces are
 * dropped. A leading label in words ({@code 参保人数}, {@code 群众满意度}) is skipped. The comparator
 * may be a sign or a word before the number ({@code 不低于}) or a word after it ({@code 以上}); a bare
 * number is {@code =}. The unit is the one printed in the value, else one printed in the indicator
 * name, else in the level-2 heading, else, for a value whose concept expects money, the unit the form
 * declares ({@code 单位：万元}), else the matched concept's expected unit ({@link ValueHints}); a scale
 * word without a unit ({@code 31.7万}) takes the dimension of the same hints (万人 for persons), and
 * as the scale is printed its unit counts as printed in the value.
 * Dates and deadlines, and values in words, are kept as qualitative text with comparator null. Digits
 * that do not read as one number come back {@link ValueKind#UNPARSED}: the caller reports them, and
 * nothing is guessed.
 */
public final class ValueParser implements Serializable {
    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}年|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|(?<![个\\d])\\d{1,2}月|\\d{1,2}日前|年底|月底|月末|季度|上半年|下半年");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Punctuation that ends a value printed as a sentence (实施乡镇社区基层医疗机构37个。). */
    private static final String SENTENCE_END = "[。.；;，,！!]*";

    private final Units units;
    private final QualitativeScale scale;
    private final Comparators comparators;
    private final Pattern grammar;
    private final Pattern unitOnly;
    private final Pattern unitInParentheses;

    public ValueParser(Units units, QualitativeScale scale, Comparators comparators) {
        this.units = Objects.requireNonNull(units, "units is null");
        this.scale = Objects.requireNonNull(scale, "scale is null");
        this.comparators = Objects.requireNonNull(comparators, "comparators is null");
        String unitSpellings = units.spellingsLongestFirst().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String prefixes = alternatives(comparators.prefixes());
        String suffixes = alternatives(comparators.suffixes());
        String scales = alternatives(units.scales());
        // a number with its unit may be followed by what it counts (37个基层医疗机构), never by more figures
        this.grammar = Pattern.compile("^(?<label>[\\p{IsHan}:]*?)(?<pre>" + prefixes + ")?(?<number>" + NUMBER + ")"
                + "(?<scale>" + scales + ")?(?<unit>" + unitSpellings + ")?(?<post>" + suffixes + ")?"
                + "(?<tail>\\p{IsHan}*)" + SENTENCE_END + "$");
        this.unitOnly = Pattern.compile("^(?<scale>" + scales + ")?(?<unit>" + unitSpellings + ")$");
        this.unitInParentheses = Pattern.compile("[(（]\\s*(?<unit>" + unitSpellings + ")\\s*[)）]");
    }

    public static ValueParser bundled() {
        return new ValueParser(Units.bundled(), QualitativeScale.bundled(), Comparators.bundled());
    }

    public Units units() {
        return units;
    }

    public ParsedValue parse(String raw) {
        return parse(raw, ValueHints.NONE);
    }

    public ParsedValue parse(String raw, ValueHints hints) {
        Objects.requireNonNull(hints, "hints is null");
        if (raw == null || raw.isBlank()) {
            return ParsedValue.empty();
        }
        String printed = raw.strip();
        String text = compact(printed);
        if (DATE.matcher(text).find()) {
            return new ParsedValue(ValueKind.DATE, null, null, null, UnitSource.NONE, null, printed, null);
        }
        if (!DIGIT.matcher(text).find()) {
            Matcher unit = unitOnly.matcher(text);
            if (unit.matches()) {
                Optional<Unit> printedUnit = printedUnit(unit.group("scale"), unit.group("unit"));
                if (printedUnit.isPresent()) {
                    return new ParsedValue(ValueKind.UNIT_ONLY, null, null, printedUnit.get().name(), UnitSource.VALUE, null,
                            null, null);
                }
            }
            return new ParsedValue(ValueKind.QUALITATIVE, null, null, null, UnitSource.NONE, null, printed,
                    scale.rank(printed));
        }
        Matcher matcher = grammar.matcher(text);
        if (!matcher.matches()) {
            return ParsedValue.unparsed();
        }
        String tail = matcher.group("tail");
        if (!tail.isEmpty() && (matcher.group("unit") == null || matcher.group("post") != null || endsInComparator(tail))) {
            return ParsedValue.unparsed(); // words after a bare number, or a comparator hidden in them (3个工作日内)
        }
        String comparator = comparator(matcher.group("pre"), matcher.group("post"));
        if (comparator == null) {
            return ParsedValue.unparsed();
        }
        BigDecimal number = new BigDecimal(matcher.group("number").replace(",", ""));
        String scaleWord = matcher.group("scale");
        String unitWord = matcher.group("unit");
        Unit unit;
        UnitSource source;
        if (unitWord != null) {
            Optional<Unit> printedUnit = printedUnit(scaleWord, unitWord);
            if (printedUnit.isEmpty()) {
                return ParsedValue.unparsed();
            }
            unit = printedUnit.get();
            source = UnitSource.VALUE;
        } else {
            UnitSource[] sources = {UnitSource.NAME, UnitSource.LEVEL, UnitSource.HEADER, UnitSource.CONCEPT};
            String[] hinted = {hints.nameUnit(), hints.levelUnit(), expectsMoney(hints) ? hints.headerUnit() : null,
                    hints.conceptUnit()};
            unit = null;
            source = UnitSource.NONE;
            for (int i = 0; i < hinted.length && unit == null; i++) {
                Optional<Unit> hint = units.byName(hinted[i]);
                if (hint.isEmpty()) {
                    continue;
                }
                if (scaleWord == null) {
                    unit = hint.get();
                } else {
                    unit = units.scaled(hint.get(), units.scales().get(scaleWord)).orElse(null);
                }
                source = sources[i];
            }
            if (unit == null && scaleWord != null && source != UnitSource.NONE) {
                // a scale word whose hinted dimension has no such unit (万 of percent): no reading
                return ParsedValue.unparsed();
            }
            if (scaleWord != null) {
                source = UnitSource.VALUE; // 31.7万: the hint gave the dimension, the value printed the unit
            }
        }
        BigDecimal base;
        if (unit != null) {
            base = number.multiply(BigDecimal.valueOf(unit.factor()));
        } else {
            base = scaleWord == null ? number : number.multiply(BigDecimal.valueOf(units.scales().get(scaleWord)));
        }
        return new ParsedValue(ValueKind.NUMBER, comparator, number.doubleValue(), unit == null ? null : unit.name(), source,
                base.doubleValue(), null, null);
    }

    /** True when the concept's expected unit is money: only then does a form's declared unit apply. */
    private boolean expectsMoney(ValueHints hints) {
        return units.byName(hints.conceptUnit()).map(Unit::isMoney).orElse(false);
    }

    /** The canonical name of a unit spelling ({@code 名} → {@code 人}), or null. */
    public String canonicalUnit(String spelling) {
        return units.bySpelling(spelling).map(Unit::name).orElse(null);
    }

    /** The canonical unit printed in parentheses in a name or heading ({@code 住院情况（人次）} → 人次), or null. */
    public String unitInParentheses(String printed) {
        if (printed == null) {
            return null;
        }
        Matcher matcher = unitInParentheses.matcher(Normalizer.normalize(printed, Normalizer.Form.NFKC));
        String found = null;
        while (matcher.find()) {
            found = units.bySpelling(matcher.group("unit")).map(Unit::name).orElse(null);
        }
        return found;
    }

    private Optional<Unit> printedUnit(String scaleWord, String unitWord) {
        Optional<Unit> unit = units.bySpelling(unitWord);
        if (scaleWord == null || unit.isEmpty()) {
            return unit;
        }
        Unit printed = unit.get();
        return units.scaled(printed, units.scales().get(scaleWord) * printed.factor());
    }

    private String comparator(String prefix, String suffix) {
        String before = prefix == null ? null : comparators.prefixes().get(prefix);
        String after = suffix == null ? null : comparators.suffixes().get(suffix);
        if (before == null) {
            return after == null ? "=" : after;
        }
        if (after == null || after.equals(before) || before.equals("=")) {
            return after == null ? before : after;
        }
        if (after.equals("=")) {
            return before;
        }
        return null;
    }

    private boolean endsInComparator(String tail) {
        return comparators.suffixes().keySet().stream().anyMatch(tail::endsWith);
    }

    /** NFKC (full-width digits and signs to ASCII), no spaces, one spelling per comparator sign. */
    static String compact(String printed) {
        String text = Normalizer.normalize(printed, Normalizer.Form.NFKC);
        return SPACES.matcher(text).replaceAll("");
    }

    private static String alternatives(Map<String, ?> words) {
        return words.keySet().stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
