package org.medinsure.warehouse.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws a county's year: its size, its programmes, its basic expenditure and how much of each budget it spent. */
final class CountyYearPlanner {
    private final long seed;
    private final Programmes programmes;

    CountyYearPlanner(long seed, NationalStandards standards) {
        this.seed = seed;
        this.programmes = new Programmes(standards, seed);
    }

    CountyYear plan(County county, int year) {
        Dice dice = Dice.of(seed, "year", county.code(), year);
        // a county's size is its own; the insured population drifts down a little each year
        double size = Dice.of(seed, "size", county.code()).logBetween(60_000, 1_300_000);
        long insured = Math.round(size * Math.pow(0.995, year - 2018) / 10) * 10;
        String department = department(county);
        List<ProjectForm> declarations = programmes.declarations(county, year, insured, department);

        double staff = Math.max(8, size / 40_000);
        List<BudgetLine> basic = List.of(
                basic("2080505", "机关事业单位基本养老保险缴费支出", staff * dice.between(1.2, 1.8)),
                basic("2101101", "行政单位医疗", staff * dice.between(0.5, 0.9)),
                basic("2101501", "行政运行", staff * dice.between(9.0, 15.0)),
                basic("2210201", "住房公积金", staff * dice.between(1.0, 1.6)));

        Map<String, Double> rates = new HashMap<>();
        for (ProjectForm form : declarations) {
            rates.put(form.programme(), executionRate(dice));
        }
        for (BudgetLine line : basic) {
            rates.put(line.code(), dice.between(0.97, 1.03));
        }
        return new CountyYear(county, year, department, insured, declarations, basic, rates);
    }

    /** Mostly 90–100 %, now and then an outlier well below or a little above the budget. */
    private static double executionRate(Dice dice) {
        double draw = dice.between(0.0, 1.0);
        if (draw < 0.05) {
            return dice.between(0.55, 0.85);
        }
        if (draw < 0.12) {
            return dice.between(1.0, 1.06);
        }
        return dice.between(0.9, 1.0);
    }

    private static BudgetLine basic(String code, String name, double wan) {
        double amount = Money.round2(wan);
        return new BudgetLine(code, name, amount, amount, 0);
    }

    /** Districts share names across the country (朝阳区, 鼓楼区): their bureaus print the prefecture too. */
    private static String department(County county) {
        String prefix = county.name().endsWith("区") && county.prefecture() != null ? county.prefecture() : "";
        return prefix + county.name() + "医疗保障局";
    }
}
