package org.medinsure.warehouse.cli.evaluate;

import java.util.List;

/**
 * Indicators as the warehouse publishes them for analysis: the target parsed into
 * {@code comparator}, number ({@code target_value}) and canonical {@code unit}, each compared with
 * the gold exactly ({@code target_value} to a double's precision). The gold's unit is the unit the
 * document prints (in the value, the name, the level-2 cell or the form header), so a unit the
 * warehouse takes from the taxonomy concept ({@code unit_source = 'concept'}, % for a bare ≥96
 * satisfaction target) is compared as not printed. Qualitative targets have gold
 * comparator, number and unit all {@code null}, so the warehouse must leave them NULL too: a
 * number invented for 效果显著 is wrong. Key and scope: see {@link IndicatorKeying}.
 *
 * <p>Where the transform's normaliser has filled none of these columns, only qualitative targets
 * (all three null in the gold) match; {@link #notes} says so in the report, and
 * {@link IndicatorRawValueMatcher} shows the parser's part.
 */
public final class IndicatorMatcher extends IndicatorKeying {
    @Override
    public String name() {
        return RecordKind.INDICATOR.code();
    }

    @Override
    public List<String> differences(GoldRecord gold, WarehouseFacts.Indicator fact) {
        return new Differences(gold)
                .text("comparator", "comparator", fact.comparator())
                .number("number", "number", fact.targetValue())
                .text("unit", "unit", fact.unit())
                .list();
    }

    @Override
    public List<String> notes(List<WarehouseFacts.Indicator> factsInScope) {
        return hasParsedTargets(factsInScope) ? List.of()
                : List.of("no indicator in scope has a comparator, target_value or unit: the transform's normaliser "
                        + "has not filled them yet, so only qualitative targets (all three null in the gold) match; "
                        + "indicator_raw scores the names and printed values");
    }

    /** True when the normaliser has filled any of the compared columns. */
    public static boolean hasParsedTargets(List<WarehouseFacts.Indicator> indicators) {
        return indicators.stream().anyMatch(indicator -> indicator.comparator() != null
                || indicator.targetValue() != null || indicator.unit() != null);
    }
}
