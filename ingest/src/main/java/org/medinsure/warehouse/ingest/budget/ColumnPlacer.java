package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Puts the amounts of a PDF row into columns when the text shows fewer amounts than the table has
 * columns. Amounts keep their printed order, so the choices are the order-preserving placements.
 * A family of rows (a parent and its children: 合计 and its 类, a 类 and its 款 …) must add up
 * column by column, and a child can only have an amount where its parent has one; among the
 * placements that add up, the one with the best evidence score wins (narrative sentences, the
 * same code's split in another table). Nothing is guessed silently: a tie is reported.
 */
final class ColumnPlacer {
    private static final int MAX_COMBINATIONS = 50_000;

    private ColumnPlacer() {
    }

    /** Every order-preserving placement of {@code k} amounts in {@code n} columns. */
    static List<int[]> placements(int k, int n) {
        List<int[]> result = new ArrayList<>();
        if (k > n) {
            return result;
        }
        combine(new int[k], 0, 0, n, result);
        return result;
    }

    private static void combine(int[] current, int position, int from, int n, List<int[]> out) {
        if (position == current.length) {
            out.add(current.clone());
            return;
        }
        for (int c = from; c <= n - (current.length - position); c++) {
            current[position] = c;
            combine(current, position + 1, c + 1, n, out);
        }
    }

    static BigDecimal[] values(List<Amount> amounts, int[] placement, int n) {
        BigDecimal[] values = new BigDecimal[n];
        for (int i = 0; i < placement.length; i++) {
            values[placement[i]] = amounts.get(i).placementValue();
        }
        return values;
    }

    /** Outcome of placing a family: one placement per child, and whether the choice was forced. */
    record FamilyChoice(List<int[]> placements, boolean addsUp, boolean unique) {
    }

    /**
     * @param parent the parent's values by column (null = blank)
     * @param options per child, its candidate placements
     * @param score evidence score of one child's placement
     */
    static FamilyChoice placeFamily(BigDecimal[] parent, List<List<Amount>> amounts, List<List<int[]>> options,
                                    List<ToIntFunction<int[]>> score, BigDecimal tolerance) {
        int n = parent.length;
        List<List<int[]>> filtered = new ArrayList<>();
        long combinations = 1;
        for (List<int[]> childOptions : options) {
            List<int[]> kept = new ArrayList<>();
            for (int[] placement : childOptions) {
                boolean fits = true;
                for (int column : placement) {
                    fits &= parent[column] != null && parent[column].signum() != 0;
                }
                if (fits) {
                    kept.add(placement);
                }
            }
            filtered.add(kept.isEmpty() ? childOptions : kept);
            combinations *= Math.max(1, filtered.get(filtered.size() - 1).size());
        }
        List<int[]> best = null;
        int bestScore = Integer.MIN_VALUE;
        int bestCount = 0;
        if (combinations <= MAX_COMBINATIONS && !filtered.isEmpty()) {
            int[] choice = new int[filtered.size()];
            for (long c = 0; c < combinations; c++) {
                long rest = c;
                for (int i = 0; i < choice.length; i++) {
                    int size = filtered.get(i).size();
                    choice[i] = (int) (rest % size);
                    rest /= size;
                }
                BigDecimal[] sums = new BigDecimal[n];
                int total = 0;
                for (int i = 0; i < choice.length; i++) {
                    int[] placement = filtered.get(i).get(choice[i]);
                    total += score.get(i).applyAsInt(placement);
                    BigDecimal[] child = values(amounts.get(i), placement, n);
                    for (int col = 0; col < n; col++) {
                        if (child[col] != null) {
                            sums[col] = sums[col] == null ? child[col] : sums[col].add(child[col]);
                        }
                    }
                }
                if (!addsUp(parent, sums, tolerance)) {
                    continue;
                }
                if (total > bestScore) {
                    bestScore = total;
                    bestCount = 1;
                    best = new ArrayList<>();
                    for (int i = 0; i < choice.length; i++) {
                        best.add(filtered.get(i).get(choice[i]));
                    }
                } else if (total == bestScore) {
                    bestCount++;
                }
            }
        }
        if (best != null) {
            return new FamilyChoice(best, true, bestCount == 1);
        }
        List<int[]> fallback = new ArrayList<>();
        for (int i = 0; i < filtered.size(); i++) {
            fallback.add(bestAlone(filtered.get(i), score.get(i)));
        }
        return new FamilyChoice(fallback, false, false);
    }

    static int[] bestAlone(List<int[]> options, ToIntFunction<int[]> score) {
        int[] best = options.get(0);
        for (int[] placement : options) {
            if (score.applyAsInt(placement) > score.applyAsInt(best)) {
                best = placement;
            }
        }
        return best;
    }

    static boolean addsUp(BigDecimal[] parent, BigDecimal[] sums, BigDecimal tolerance) {
        for (int col = 0; col < parent.length; col++) {
            BigDecimal expected = parent[col] == null ? BigDecimal.ZERO : parent[col];
            BigDecimal found = sums[col] == null ? BigDecimal.ZERO : sums[col];
            if (expected.subtract(found).abs().compareTo(tolerance) > 0) {
                return false;
            }
        }
        return true;
    }
}
