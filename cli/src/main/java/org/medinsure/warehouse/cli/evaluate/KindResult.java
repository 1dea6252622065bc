package org.medinsure.warehouse.cli.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * The score of one matcher.
 *
 * @param name the matcher's name: a gold kind, or {@code indicator_raw}
 * @param gold gold records of the kind
 * @param scored warehouse facts inside the gold's scope: the precision's denominator
 * @param unscored warehouse facts of the gold's files outside its scope (e.g. unlabelled forms)
 * @param matched gold records matched by a warehouse fact
 * @param notFound gold records without a match
 * @param notInGold scored warehouse facts without a match
 * @param notes remarks that qualify the figures
 */
public record KindResult(
        String name,
        int gold,
        int scored,
        int unscored,
        int matched,
        List<Miss> notFound,
        List<Miss> notInGold,
        List<String> notes) {
    public KindResult {
        Objects.requireNonNull(name, "name is null");
        notFound = List.copyOf(notFound);
        notInGold = List.copyOf(notInGold);
        notes = List.copyOf(notes);
    }

    /** Matched over scored warehouse facts; NaN when the warehouse has none in scope. */
    public double precision() {
        return scored == 0 ? Double.NaN : (double) matched / scored;
    }

    /** Matched over gold records; NaN when the gold has none of this kind. */
    public double recall() {
        return gold == 0 ? Double.NaN : (double) matched / gold;
    }
}
