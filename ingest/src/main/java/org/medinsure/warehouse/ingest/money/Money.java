package org.medinsure.warehouse.ingest.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;

/**
 * Reads money amounts with the one unit table, {@code vocabulary/units.csv}: its money rows (元,
 * 万元, 亿元 and their spellings), its scale words (a bare 万 after a number is 万元) and the one
 * unit it marks {@code assumed}, taken when a document prints none. The unit is searched where
 * documents print it, nearest first: the value's own suffix ({@code 350 万元}, {@code 231000元}),
 * the label ({@code 年度财政拨款 (万元)}), a cell of the same row, the {@code 单位：万元} line.
 */
public final class Money implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String FILE = "units.csv";
    private static final String[] COLUMNS = {"unit", "aliases", "dimension", "base", "factor"};
    private static final String MONEY = "money";
    private static final String SCALE = "scale";
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    /** A full-width comma between digit groups is a thousands separator (１，２００．５ → 1，200.5). */
    private static final Pattern WIDE_GROUP_SEPARATOR = Pattern.compile("(?<=\\d)，(?=\\d{3}(?!\\d))");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Money BUNDLED = load(IngestKnowledge.bundled());

    /** Money units by every spelling, and scale words by spelling; spellings longest first. */
    private final Map<String, MoneyUnit> bySpelling;
    private final Map<String, BigDecimal> scales;
    private final List<String> spellingsLongestFirst;
    private final MoneyUnit assumed;
    private final Pattern label;
    private final Pattern leadingLabel;

    private Money(Map<String, MoneyUnit> bySpelling, Map<String, BigDecimal> scales, MoneyUnit assumed) {
        this.bySpelling = Map.copyOf(bySpelling);
        this.scales = Map.copyOf(scales);
        List<String> spellings = new ArrayList<>(bySpelling.keySet());
        spellings.addAll(scales.keySet());
        spellings.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.spellingsLongestFirst = List.copyOf(spellings);
        this.assumed = assumed;
        String alternatives = spellingsLongestFirst.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.label = Pattern.compile("[(（](" + alternatives + ")[)）]|单位[：:](" + alternatives + ")");
        this.leadingLabel = Pattern.compile("^\\s*[(（](" + alternatives + ")[)）]\\s*");
    }

    /** The bundled unit table. */
    public static Money bundled() {
        return BUNDLED;
    }

    /** The bundled unit table extended by the user's {@code units.csv}. */
    public static Money load(IngestKnowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge is null");
        Map<String, MoneyUnit> bySpelling = new LinkedHashMap<>();
        Map<String, BigDecimal> scales = new LinkedHashMap<>();
        MoneyUnit assumed = null;
        for (KnowledgeFile file : knowledge.files(FILE, COLUMNS)) {
            for (KnowledgeFile.Row row : file.rows()) {
                String dimension = row.get("dimension");
                if (!dimension.equals(MONEY) && !dimension.equals(SCALE)) {
                    continue;
                }
                BigDecimal factor;
                try {
                    factor = new BigDecimal(row.get("factor"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Cannot read the factor of unit " + row.get("unit") + " at "
                            + row.where() + ": " + row.get("factor"), e);
                }
                if (dimension.equals(SCALE)) {
                    scales.put(row.get("unit"), factor);
                    continue;
                }
                MoneyUnit unit = new MoneyUnit(row.get("unit"), factor);
                bySpelling.put(unit.printed(), unit);
                row.list("aliases").forEach(alias -> bySpelling.put(alias, unit));
                if (row.get("assumed").equals(MONEY)) {
                    assumed = unit;
                }
            }
        }
        if (assumed == null) {
            throw new IllegalArgumentException("Cannot find the assumed money unit in " + FILE
                    + ": one money row must say 'money' in its assumed column");
        }
        return new Money(bySpelling, scales, assumed);
    }

    /** The unit an amount is read in when its document prints none (万元, said in a problem row). */
    public MoneyUnit assumed() {
        return assumed;
    }

    /** Every money spelling and scale word, longest first (万元 before 万 before 元). */
    public List<String> spellingsLongestFirst() {
        return spellingsLongestFirst;
    }

    /** The money unit a unit word or scale word names ({@code 万元}, {@code 万}), if it is one. */
    public Optional<MoneyUnit> unit(String spelling) {
        if (spelling == null) {
            return Optional.empty();
        }
        MoneyUnit unit = bySpelling.get(spelling);
        if (unit != null) {
            return Optional.of(unit);
        }
        BigDecimal scale = scales.get(spelling);
        if (scale == null) {
            return Optional.empty();
        }
        // a scale word alone is that many yuan: 万 is 万元
        return bySpelling.values().stream().filter(candidate -> candidate.factor().compareTo(scale) == 0).findFirst();
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
    public Optional<MoneyUnit> valueUnit(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = WIDE_GROUP_SEPARATOR.matcher(text).replaceAll(",");
        Matcher matcher = NUMBER.matcher(plain);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String after = plain.substring(matcher.end()).strip();
        for (String spelling : spellingsLongestFirst) {
            if (after.startsWith(spelling)) {
                return unit(spelling);
            }
        }
        return Optional.empty();
    }

    /** The text without a unit label printed before its figure ({@code (万元) 350} → {@code 350}). */
    public String withoutLeadingLabel(String text) {
        return leadingLabel.matcher(text).replaceFirst("");
    }

    /** A unit named in a label or a 单位 line: {@code (万元)}, {@code （元）}, {@code 单位：万元}. */
    public Optional<MoneyUnit> labelUnit(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = label.matcher(WHITESPACE.matcher(text).replaceAll(""));
        if (!matcher.find()) {
            return Optional.empty();
        }
        return unit(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
}
