package org.medinsure.warehouse.transform.region;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of resolving a document's region.
 *
 * @param region the region, null when none or several fit
 * @param method how it was found: {@code alias}, {@code department}, {@code context}, {@code path},
 *     or {@code ambiguous} / {@code unmatched}
 * @param candidates the codes that fitted equally well when ambiguous
 */
public record RegionMatch(Region region, String method, List<String> candidates) implements Serializable {
    public RegionMatch {
        Objects.requireNonNull(method, "method is null");
        candidates = List.copyOf(candidates);
    }

    public boolean resolved() {
        return region != null;
    }
}
