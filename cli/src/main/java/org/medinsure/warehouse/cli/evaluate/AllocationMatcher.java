package org.medinsure.warehouse.cli.evaluate;

import java.util.List;
import java.util.Optional;

/**
 * Rows of funds allocation tables (资金分配表): one per region or unit a notice allocates to, kept in
 * {@code budget_lines} with stage {@code allocation}. Key: (file, region name without whitespace),
 * the name as printed ({@code 海曙区}, {@code 宁波市中医院}).
 *
 * <p>Compared: the expenditure code the notice books the funds under, the allocation
 * ({@code amount_wan}), and where the gold carries them what was allocated earlier
 * ({@code already_wan}) and by this notice ({@code this_time_wan}); a gold {@code null} (an empty
 * cell) requires NULL. Money is compared to the fen.
 *
 * <p>Scope: the files with gold allocation records.
 */
public final class AllocationMatcher implements Matcher<WarehouseFacts.Allocation> {
    @Override
    public String name() {
        return RecordKind.ALLOCATION.code();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.ALLOCATION;
    }

    @Override
    public List<WarehouseFacts.Allocation> facts(WarehouseFacts warehouse) {
        return warehouse.allocations();
    }

    @Override
    public Optional<List<String>> scope(GoldRecord gold) {
        return gold.kind() == RecordKind.ALLOCATION ? Optional.of(Keys.of(gold.file())) : Optional.empty();
    }

    @Override
    public List<String> scope(WarehouseFacts.Allocation fact) {
        return Keys.of(fact.file());
    }

    @Override
    public List<String> key(GoldRecord gold) {
        return Keys.of(gold.file(), Differences.squeeze(gold.requiredText("region")));
    }

    @Override
    public List<String> key(WarehouseFacts.Allocation fact) {
        return Keys.of(fact.file(), Differences.squeeze(fact.regionName()));
    }

    @Override
    public List<String> differences(GoldRecord gold, WarehouseFacts.Allocation fact) {
        return new Differences(gold)
                .text("function_code", "function code", fact.functionCode())
                .wanAsYuan("amount_wan", "amount", fact.amountYuan())
                .wanAsYuan("already_wan", "already allocated", fact.alreadyYuan())
                .wanAsYuan("this_time_wan", "allocated now", fact.thisTimeYuan())
                .list();
    }

    @Override
    public String describe(GoldRecord gold) {
        return gold.file() + " " + gold.text("region") + " " + gold.text("function_code") + " "
                + gold.decimal("amount_wan") + " 万元 (already " + gold.decimal("already_wan") + ", now "
                + gold.decimal("this_time_wan") + ")";
    }

    @Override
    public String describe(WarehouseFacts.Allocation fact) {
        return fact.file() + " " + fact.regionName() + " " + fact.functionCode() + " "
                + Differences.plain(fact.amountYuan()) + " 元 (already " + Differences.plain(fact.alreadyYuan())
                + ", now " + Differences.plain(fact.thisTimeYuan()) + ")";
    }
}
