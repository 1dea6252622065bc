package org.medinsure.warehouse.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Typing errors in printed amounts, as published tables carry them: two adjacent digits of one 项
 * line's total swapped (1234.56 printed 1243.56). The table's 合计 and the line's 类 and 款 keep
 * the true sums, so the document's own figures no longer reconcile, which is how a reader finds a
 * misprint; the gold records the amount as printed, since a fact is what the document says.
 */
final class Misprint {
    /** Share of budget and final-accounts tables with one misprinted amount. */
    static final double RATE = 0.05;

    private Misprint() {
    }

    static BudgetTable apply(BudgetTable table, Dice dice) {
        if (!dice.chance(RATE)) {
            return table;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < table.lines().size(); i++) {
            BudgetLine line = table.lines().get(i);
            if (line.code().length() == 7 && !swapPositions(Money.plain(line.totalWan())).isEmpty()) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return table;
        }
        int index = dice.pick(candidates);
        BudgetLine line = table.lines().get(index);
        String printed = Money.plain(line.totalWan());
        int at = dice.pick(swapPositions(printed));
        char[] digits = printed.toCharArray();
        char first = digits[at];
        digits[at] = digits[at + 1];
        digits[at + 1] = first;
        List<BudgetLine> lines = new ArrayList<>(table.lines());
        lines.set(index, new BudgetLine(line.code(), line.name(), Double.parseDouble(new String(digits)),
                line.basicWan(), line.projectWan()));
        return new BudgetTable(table.title(), lines, table.totalWan(), table.basicWan(), table.projectWan());
    }

    /** Positions i where characters i and i+1 are two different digits, the first not a leading one. */
    static List<Integer> swapPositions(String printed) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i + 1 < printed.length(); i++) {
            char a = printed.charAt(i);
            char b = printed.charAt(i + 1);
            boolean leadingZeroAfterSwap = i == 0 && b == '0';
            if (Character.isDigit(a) && Character.isDigit(b) && a != b && !leadingZeroAfterSwap) {
                positions.add(i);
            }
        }
        return positions;
    }
}
