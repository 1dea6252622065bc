package org.medinsure.warehouse.cli.evaluate;

import java.util.List;
import java.util.Optional;

/**
 * What both indicator scores share. Key: (file, {@code form_index}, name with all whitespace
 * removed). The form is known by position, as for projects; names are compared without whitespace
 * because wrapped cells and page breaks put spaces and line breaks inside them. A form may list
 * the same name twice (002 表1 住院情况, once in persons and once in 万元): the values then decide.
 *
 * <p>Scope: the (file, form) pairs with gold indicator records, because the gold labels
 * indicators form by form (001: forms 1–3 only).
 */
abstract class IndicatorKeying implements Matcher<WarehouseFacts.Indicator> {
    @Override
    public final RecordKind kind() {
        return RecordKind.INDICATOR;
    }

    @Override
    public final List<WarehouseFacts.Indicator> facts(WarehouseFacts warehouse) {
        return warehouse.indicators();
    }

    @Override
    public final Optional<List<String>> scope(GoldRecord gold) {
        return gold.kind() == RecordKind.INDICATOR
                ? Optional.of(Keys.of(gold.file(), gold.requiredInteger("form_index"))) : Optional.empty();
    }

    @Override
    public final List<String> scope(WarehouseFacts.Indicator fact) {
        return Keys.of(fact.file(), fact.formIndex());
    }

    @Override
    public final List<String> key(GoldRecord gold) {
        return Keys.of(gold.file(), gold.requiredInteger("form_index"), Differences.squeeze(gold.requiredText("name")));
    }

    @Override
    public final List<String> key(WarehouseFacts.Indicator fact) {
        return Keys.of(fact.file(), fact.formIndex(), Differences.squeeze(fact.nameRaw()));
    }

    @Override
    public final String describe(GoldRecord gold) {
        return gold.file() + " form " + gold.integer("form_index") + " " + gold.text("name") + " = \""
                + gold.text("raw_value") + "\" (" + gold.text("comparator") + " " + gold.decimal("number") + " "
                + gold.text("unit") + ")";
    }

    @Override
    public final String describe(WarehouseFacts.Indicator fact) {
        return fact.file() + " form " + fact.formIndex() + " " + fact.nameRaw() + " = \"" + fact.valueRaw() + "\" ("
                + fact.comparator() + " " + fact.targetValue() + " " + fact.unit() + ")";
    }
}
