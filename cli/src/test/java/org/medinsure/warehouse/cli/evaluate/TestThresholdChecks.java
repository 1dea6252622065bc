package org.medinsure.warehouse.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --min-recall} / {@code --min-precision}: parsing and checking. */
class TestThresholdChecks {
    private static final EvaluationReport REPORT = new EvaluationReport("gold", 3, 1, List.of(), java.util.Map.of(),
            List.of(new KindResult("project", 2, 2, 0, 1, List.of(), List.of(), List.of()),
                    new KindResult("total", 1, 1, 0, 1, List.of(), List.of(), List.of()),
                    new KindResult("execution", 0, 0, 0, 0, List.of(), List.of(), List.of())));

    @Test
    void parsesAGlobalOrANamedThreshold() {
        assertThat(Threshold.parse("0.95")).isEqualTo(new Threshold(null, 0.95));
        assertThat(Threshold.parse("total=0.98")).isEqualTo(new Threshold("total", 0.98));
    }

    @Test
    void rejectsUnknownScoresAndValuesOutsideZeroToOne() {
        assertThatThrownBy(() -> Threshold.parse("totals=0.9")).hasMessageContaining("Cannot find the score 'totals'")
                .hasMessageContaining("indicator_raw");
        assertThatThrownBy(() -> Threshold.parse("1.5")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Threshold.parse("total=high")).hasMessageContaining("'high' is not a number");
    }

    @Test
    void reportsEachScoreBelowItsThresholdAndSkipsUndefinedRatios() {
        assertThat(Threshold.failures(REPORT, List.of(Threshold.parse("0.9")), List.of()))
                .containsExactly("project recall 0.500 is below 0.900");
        assertThat(Threshold.failures(REPORT, List.of(Threshold.parse("total=0.9")),
                List.of(Threshold.parse("project=0.5")))).isEmpty();
    }
}
