package org.medinsure.warehouse.cli.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A minimum precision or recall, for every score ({@code 0.95}) or for one ({@code total=0.98}),
 * as given to {@code --min-recall} / {@code --min-precision}.
 *
 * @param score the score it applies to, null for every score
 */
public record Threshold(String score, double minimum) {
    public Threshold {
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new IllegalArgumentException("Cannot use " + minimum + " as a threshold: it must be between 0 and 1");
        }
        if (score != null && !Evaluation.scoreNames().contains(score)) {
            throw new IllegalArgumentException("Cannot find the score '" + score + "': use one of "
                    + String.join(", ", Evaluation.scoreNames()));
        }
    }

    /** {@code VALUE} or {@code NAME=VALUE}. */
    public static Threshold parse(String text) {
        Objects.requireNonNull(text, "text is null");
        int equals = text.indexOf('=');
        String score = equals < 0 ? null : text.substring(0, equals).strip();
        String value = text.substring(equals + 1).strip();
        try {
            return new Threshold(score, Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cannot read the threshold '" + text + "': '" + value
                    + "' is not a number", e);
        }
    }

    /**
     * The scores below their threshold, one message each. An undefined ratio (no gold records of the
     * kind, or no warehouse facts in scope) is not checked: there is nothing to measure, and a
     * warehouse that found nothing already fails on recall.
     */
    public static List<String> failures(EvaluationReport report, List<Threshold> recall, List<Threshold> precision) {
        List<String> failures = new ArrayList<>();
        check(report, recall, "recall", KindResult::recall, failures);
        check(report, precision, "precision", KindResult::precision, failures);
        return failures;
    }

    private static void check(EvaluationReport report, List<Threshold> thresholds, String measure,
                              ToDoubleFunction<KindResult> value, List<String> failures) {
        for (Threshold threshold : thresholds) {
            for (KindResult result : report.results()) {
                double actual = value.applyAsDouble(result);
                if ((threshold.score() == null || threshold.score().equals(result.name())) && !Double.isNaN(actual)
                        && actual < threshold.minimum()) {
                    failures.add(String.format(Locale.ROOT, "%s %s %.3f is below %.3f", result.name(), measure, actual,
                            threshold.minimum()));
                }
            }
        }
    }
}
