package org.medinsure.warehouse.transform.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the head-count of the population a project serves.
 *
 * <ol>
 *   <li>The 数量 indicators whose concept counts heads (taxonomy role {@code headcount}: 参保人数,
 *       救助对象, 离休干部人数 …) with a value in persons. One figure (or several equal ones) is the
 *       head-count; a bound ({@code ≥17900人}, {@code >113人}) is recorded as its number.</li>
 *   <li>Else the 测算依据 formula {@code 658090人×32元}, when all its person figures agree.</li>
 *   <li>Else none: several different sub-group counts with no total (离休人员 39人 and 伤残军人
 *       406人), or only person-times (人次) or sites (个, 家), give no head-count.</li>
 * </ol>
 */
public final class BeneficiaryCounter implements Serializable {
    private static final Pattern FORMULA = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*人\\s*[×xX*]\\s*\\d+(?:\\.\\d+)?\\s*元");

    /**
     * One head-count indicator's parsed target.
     *
     * @param persons the value in persons
     * @param comparator its comparator
     */
    public record Candidate(double persons, String comparator) implements Serializable {
    }

    public Optional<HeadCount> count(List<Candidate> candidates, String basisText) {
        Objects.requireNonNull(candidates, "candidates is null");
        Set<Long> figures = new LinkedHashSet<>();
        String comparator = null;
        for (Candidate candidate : candidates) {
            if (candidate.persons() < 0 || candidate.persons() != Math.rint(candidate.persons())) {
                continue;
            }
            figures.add((long) candidate.persons());
            comparator = comparator == null ? candidate.comparator() : comparator;
        }
        if (figures.size() == 1) {
            return Optional.of(new HeadCount(figures.iterator().next(), HeadCount.INDICATOR, comparator));
        }
        return fromFormula(basisText);
    }

    static Optional<HeadCount> fromFormula(String basisText) {
        if (basisText == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMULA.matcher(Normalizer.normalize(basisText, Normalizer.Form.NFKC));
        Set<Long> figures = new LinkedHashSet<>();
        while (matcher.find()) {
            figures.add(new BigDecimal(matcher.group(1).replace(",", "")).longValueExact());
        }
        if (figures.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new HeadCount(figures.iterator().next(), HeadCount.BASIS, "="));
    }
}
