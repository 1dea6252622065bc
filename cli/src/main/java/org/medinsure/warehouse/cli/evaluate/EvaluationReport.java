package org.medinsure.warehouse.cli.evaluate;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * What {@code warehouse evaluate} found: one {@link KindResult} per matcher, in report order.
 *
 * @param goldName the gold file's name
 * @param goldRecords records of known kinds in the gold file
 * @param goldFiles files the gold speaks about
 * @param missingFiles gold files the warehouse has no document for
 * @param ignoredKinds gold records of kinds the evaluator does not know, per kind
 */
public record EvaluationReport(
        String goldName,
        int goldRecords,
        int goldFiles,
        List<String> missingFiles,
        Map<String, Integer> ignoredKinds,
        List<KindResult> results) {
    public EvaluationReport {
        Objects.requireNonNull(goldName, "goldName is null");
        missingFiles = List.copyOf(missingFiles);
        ignoredKinds = Map.copyOf(ignoredKinds);
        results = List.copyOf(results);
    }

    public KindResult result(String name) {
        return results.stream().filter(result -> result.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Cannot find the score '" + name + "' in the report"));
    }
}
