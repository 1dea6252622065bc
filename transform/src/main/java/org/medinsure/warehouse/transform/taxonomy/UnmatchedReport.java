package org.medinsure.warehouse.transform.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The indicator names the taxonomy did not match, grouped by normalised name and most frequent
 * first: the work list for extending {@code indicators.csv} (the CLI's
 * {@code warehouse taxonomy --unmatched}).
 */
public final class UnmatchedReport {
    private final int total;
    private final int unmatched;
    private final List<UnmatchedName> names;

    private UnmatchedReport(int total, int unmatched, List<UnmatchedName> names) {
        this.total = total;
        this.unmatched = unmatched;
        this.names = List.copyOf(names);
    }

    /**
     * Builds the report from printed names and their matches, position by position.
     *
     * @param printedNames indicator names as printed
     * @param matches the match of each name, same order and size
     */
    public static UnmatchedReport of(List<String> printedNames, List<IndicatorMatch> matches) {
        Objects.requireNonNull(printedNames, "printedNames is null");
        Objects.requireNonNull(matches, "matches is null");
        if (printedNames.size() != matches.size()) {
            throw new IllegalArgumentException("Cannot pair " + printedNames.size() + " names with " + matches.size() + " matches");
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        int unmatched = 0;
        for (int i = 0; i < matches.size(); i++) {
            IndicatorMatch match = Objects.requireNonNull(matches.get(i), "match is null");
            if (match.matched()) {
                continue;
            }
            unmatched++;
            counts.computeIfAbsent(match.key(), key -> new long[1])[0]++;
            examples.putIfAbsent(match.key(), printedNames.get(i));
        }
        List<UnmatchedName> names = new ArrayList<>();
        counts.forEach((key, count) -> names.add(new UnmatchedName(key, count[0], examples.get(key))));
        names.sort(Comparator.comparingLong(UnmatchedName::count).reversed().thenComparing(UnmatchedName::key));
        return new UnmatchedReport(matches.size(), unmatched, names);
    }

    /** Matches every name with the taxonomy (no level-2 context) and builds the report. */
    public static UnmatchedReport of(IndicatorTaxonomy taxonomy, List<String> printedNames) {
        Objects.requireNonNull(taxonomy, "taxonomy is null");
        return of(printedNames, printedNames.stream().map(taxonomy::match).toList());
    }

    public int total() {
        return total;
    }

    public int unmatched() {
        return unmatched;
    }

    /** Share of names that got a code, 1 when there are none. */
    public double matchedShare() {
        return total == 0 ? 1.0 : (double) (total - unmatched) / total;
    }

    /** Every unmatched name, most frequent first (ties by name). */
    public List<UnmatchedName> names() {
        return names;
    }

    /** The {@code limit} most frequent unmatched names. */
    public List<UnmatchedName> top(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("Limit must not be negative: " + limit);
        }
        return names.subList(0, Math.min(limit, names.size()));
    }

    /** Tab-separated lines {@code count  normalised name  example as printed}, with a summary line first. */
    public String render(int limit) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%d of %d indicator names matched (%.1f%%); %d distinct unmatched names%n",
                total - unmatched, total, 100 * matchedShare(), names.size()));
        for (UnmatchedName name : top(limit)) {
            text.append(name.count()).append('\t').append(name.key()).append('\t').append(name.example()).append('\n');
        }
        return text.toString();
    }

    /**
     * One unmatched normalised name.
     *
     * @param key the normalised name
     * @param count how many indicator rows have it
     * @param example the first printed form seen
     */
    public record UnmatchedName(String key, long count, String example) {
        public UnmatchedName {
            Objects.requireNonNull(key, "key is null");
        }
    }
}
