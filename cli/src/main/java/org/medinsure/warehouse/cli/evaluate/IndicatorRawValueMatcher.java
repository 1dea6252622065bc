package org.medinsure.warehouse.cli.evaluate;

import java.util.List;

/**
 * A looser indicator score: the name (in the key) and the target value as printed, gold
 * {@code raw_value} against {@code value_raw}, both with all whitespace removed. It measures what
 * the parser read, independently of how the transform interprets the value, so progress on the
 * parser is visible before the normaliser lands. Key and scope: see {@link IndicatorKeying}.
 */
public final class IndicatorRawValueMatcher extends IndicatorKeying {
    /** The name of this score in the report and in {@code --min-recall}. */
    public static final String NAME = "indicator_raw";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> differences(GoldRecord gold, WarehouseFacts.Indicator fact) {
        return new Differences(gold).squeezedText("raw_value", "raw value", fact.valueRaw()).list();
    }
}
