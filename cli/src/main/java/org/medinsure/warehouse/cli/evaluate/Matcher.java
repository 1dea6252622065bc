package org.medinsure.warehouse.cli.evaluate;

import java.util.List;
import java.util.Optional;

/**
 * How one kind of gold record is found in the warehouse: which warehouse facts it is compared
 * with, the key that pairs a gold record with its candidates, and the comparison that decides
 * whether a candidate is right. A gold record is matched by a candidate with the same key and no
 * differences; each warehouse fact matches at most one gold record.
 *
 * <p>The scope says what the gold is complete for (a file, a form, a table): warehouse facts outside
 * it are not counted against precision, because the gold does not say whether they are right.
 *
 * @param <W> the warehouse fact compared
 */
public interface Matcher<W extends WarehouseFact> {
    /** The name in the report and in {@code --min-recall NAME=…}. */
    String name();

    /** The gold records this matcher scores. */
    RecordKind kind();

    /** The warehouse facts this matcher compares with the gold. */
    List<W> facts(WarehouseFacts warehouse);

    /**
     * The part of the warehouse this gold record says the gold is complete for, if any. Called with
     * gold records of every kind: a document record, for instance, can vouch for all projects of
     * its file.
     */
    Optional<List<String>> scope(GoldRecord gold);

    /** The part of the warehouse the fact is in, comparable with {@link #scope(GoldRecord)}. */
    List<String> scope(W fact);

    /**
     * The facts inside what the gold is complete for: by default those whose scope is one of the
     * gold's. A matcher whose gold states a narrower coverage (a row's column, a table's first rows)
     * narrows it here.
     */
    default List<W> inScope(java.util.Set<List<String>> goldScopes, List<W> facts, GoldFile gold) {
        return facts.stream().filter(fact -> goldScopes.contains(scope(fact))).toList();
    }

    List<String> key(GoldRecord gold);

    List<String> key(W fact);

    /** What is wrong with the fact as a reading of the gold record; empty when it matches. */
    List<String> differences(GoldRecord gold, W fact);

    /** One line naming the gold record's fact, for the miss list. */
    String describe(GoldRecord gold);

    /** One line naming the warehouse fact, for the miss list. */
    String describe(W fact);

    /** Remarks that qualify this kind's figures, e.g. that the columns it compares are still empty. */
    default List<String> notes(List<W> factsInScope) {
        return List.of();
    }
}
