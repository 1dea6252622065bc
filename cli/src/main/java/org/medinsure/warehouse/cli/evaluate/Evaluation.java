package org.medinsure.warehouse.cli.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a warehouse against a gold file, one {@link Matcher} per kind.
 *
 * <p>Matching is strict and one-to-one: a gold record is found when an unused warehouse fact with
 * its key has no differences from it, and each fact is used once. Exact matches are assigned first,
 * so that a near miss never takes the candidate an exact match needs. A fact with the right key
 * but a wrong value therefore counts twice, as a gold fact not found and as a warehouse fact not
 * in gold, which is what it is; the miss list shows the differences.
 */
public final class Evaluation {
    /** Report order: the document, then its forms, then its tables. */
    public static final List<Matcher<?>> MATCHERS = List.of(new DocumentMatcher(), new ProjectMatcher(),
            new IndicatorMatcher(), new IndicatorRawValueMatcher(), new BudgetLineMatcher(), new TotalMatcher(),
            new ExecutionMatcher(), new AllocationMatcher());

    private Evaluation() {
    }

    /** The names of the scores, for {@code --min-recall NAME=…}. */
    public static List<String> scoreNames() {
        return MATCHERS.stream().map(Matcher::name).toList();
    }

    public static EvaluationReport evaluate(GoldFile gold, WarehouseFacts warehouse) {
        Objects.requireNonNull(gold, "gold is null");
        Objects.requireNonNull(warehouse, "warehouse is null");
        List<KindResult> results = new ArrayList<>();
        for (Matcher<?> matcher : MATCHERS) {
            results.add(score(matcher, gold, warehouse));
        }
        Set<String> documented = new HashSet<>();
        warehouse.documents().forEach(document -> documented.add(document.file()));
        Set<String> missing = new TreeSet<>(gold.files());
        missing.removeAll(documented);
        return new EvaluationReport(gold.name(), gold.records().size(), gold.files().size(), List.copyOf(missing),
                gold.ignoredKinds(), results);
    }

    static <W extends WarehouseFact> KindResult score(Matcher<W> matcher, GoldFile gold, WarehouseFacts warehouse) {
        Set<List<String>> scopes = new HashSet<>();
        gold.records().forEach(record -> matcher.scope(record).ifPresent(scopes::add));
        List<GoldRecord> expected = gold.records(matcher.kind());
        List<W> all = matcher.facts(warehouse);
        List<W> scored = matcher.inScope(scopes, all, gold).stream()
                .sorted(Comparator.comparing(WarehouseFact::sourcePath).thenComparingLong(WarehouseFact::sourceLine))
                .toList();

        Map<List<String>, List<Integer>> candidates = new LinkedHashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            candidates.computeIfAbsent(matcher.key(scored.get(i)), key -> new ArrayList<>()).add(i);
        }
        boolean[] used = new boolean[scored.size()];
        List<GoldRecord> unmatched = new ArrayList<>();
        for (GoldRecord record : expected) {
            Optional<Integer> exact = candidates.getOrDefault(matcher.key(record), List.of()).stream()
                    .filter(i -> !used[i] && matcher.differences(record, scored.get(i)).isEmpty()).findFirst();
            exact.ifPresentOrElse(i -> used[i] = true, () -> unmatched.add(record));
        }

        List<Miss> notFound = new ArrayList<>();
        Map<List<String>, String> missedKeys = new LinkedHashMap<>();
        for (GoldRecord record : unmatched) {
            List<String> key = matcher.key(record);
            missedKeys.putIfAbsent(key, record.location());
            notFound.add(new Miss(record.location(), matcher.describe(record),
                    nearest(matcher, record, scored, candidates.getOrDefault(key, List.of()), used)));
        }
        List<Miss> notInGold = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            if (!used[i]) {
                W fact = scored.get(i);
                String sameKey = missedKeys.get(matcher.key(fact));
                notInGold.add(new Miss(fact.location(), matcher.describe(fact),
                        sameKey == null ? "no gold record with this key" : "same key as gold " + sameKey));
            }
        }
        int matched = expected.size() - unmatched.size();
        return new KindResult(matcher.name(), expected.size(), scored.size(), all.size() - scored.size(), matched,
                notFound, notInGold, matcher.notes(scored));
    }

    /** Why a gold record was not found: the unused candidate with the fewest differences, and those. */
    private static <W extends WarehouseFact> String nearest(Matcher<W> matcher, GoldRecord record, List<W> scored,
                                                            List<Integer> keyed, boolean[] used) {
        if (keyed.isEmpty()) {
            return "no warehouse fact with this key";
        }
        return keyed.stream().filter(i -> !used[i])
                .map(i -> Map.entry(scored.get(i), matcher.differences(record, scored.get(i))))
                .min(Comparator.comparingInt(entry -> entry.getValue().size()))
                .map(entry -> "nearest " + entry.getKey().location() + ": " + String.join("; ", entry.getValue()))
                .orElse("every warehouse fact with this key matched another gold record");
    }
}
