package org.medinsure.warehouse.cli.evaluate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Prints an {@link EvaluationReport}: a score table, its notes, then the misses of each score. */
public final class ReportPrinter {
    private final PrintWriter out;
    private final int maxMisses;

    /** @param maxMisses most misses printed per score and side (not found / not in gold) */
    public ReportPrinter(PrintWriter out, int maxMisses) {
        this.out = Objects.requireNonNull(out, "out is null");
        if (maxMisses < 0) {
            throw new IllegalArgumentException("Cannot print a negative number of misses: " + maxMisses);
        }
        this.maxMisses = maxMisses;
    }

    public void print(EvaluationReport report) {
        Objects.requireNonNull(report, "report is null");
        out.printf("Gold %s: %d records about %d files%n", report.goldName(), report.goldRecords(), report.goldFiles());
        if (!report.missingFiles().isEmpty()) {
            out.println("Not in the warehouse: " + String.join(", ", report.missingFiles()));
        }
        for (Map.Entry<String, Integer> ignored : new TreeMap<>(report.ignoredKinds()).entrySet()) {
            out.printf("Ignored: %d gold records of unknown kind '%s'%n", ignored.getValue(), ignored.getKey());
        }
        out.println();
        out.printf("%-14s %6s %9s %8s %9s %9s %9s%n", "kind", "gold", "warehouse", "matched", "precision", "recall",
                "unscored");
        for (KindResult result : report.results()) {
            out.printf("%-14s %6d %9d %8d %9s %9s %9d%n", result.name(), result.gold(), result.scored(),
                    result.matched(), ratio(result.precision()), ratio(result.recall()), result.unscored());
        }
        out.println("(warehouse: facts inside the gold's coverage; unscored: facts of the gold's files outside it)");
        for (KindResult result : report.results()) {
            result.notes().forEach(note -> out.println("Note on " + result.name() + ": " + note));
        }
        for (KindResult result : report.results()) {
            printMisses(result);
        }
        out.flush();
    }

    private void printMisses(KindResult result) {
        if (result.notFound().isEmpty() && result.notInGold().isEmpty()) {
            return;
        }
        out.println();
        out.printf("== %s: %d gold facts not found, %d warehouse facts not in gold%n", result.name(),
                result.notFound().size(), result.notInGold().size());
        printSide("not found  ", result.notFound());
        printSide("not in gold", result.notInGold());
    }

    private void printSide(String label, List<Miss> misses) {
        misses.stream().limit(maxMisses).forEach(miss -> {
            out.println("  " + label + " " + miss.location() + "  " + miss.fact());
            if (!miss.reason().isEmpty()) {
                out.println("  " + " ".repeat(label.length()) + "   " + miss.reason());
            }
        });
        if (misses.size() > maxMisses) {
            out.printf("  … %d more (--misses N to show more)%n", misses.size() - maxMisses);
        }
    }

    /** Three decimals, or n/a for an undefined ratio. */
    static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
