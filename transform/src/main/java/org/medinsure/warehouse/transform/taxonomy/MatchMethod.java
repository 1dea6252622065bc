package org.medinsure.warehouse.transform.taxonomy;

/** How an indicator name was matched to a taxonomy concept. */
public enum MatchMethod {
    /** The name equals the concept's label. */
    EXACT("exact"),
    /** The name equals a synonym, or a synonym pattern occurs in it. */
    SYNONYM("synonym"),
    /** The name resembles a label or synonym (character-bigram Dice above the threshold). */
    FUZZY("fuzzy"),
    /** No concept fits; the code stays NULL. */
    UNMATCHED("unmatched");

    private final String code;

    MatchMethod(String code) {
        this.code = code;
    }

    /** The value written to silver {@code indicators.match_method}. */
    public String code() {
        return code;
    }
}
