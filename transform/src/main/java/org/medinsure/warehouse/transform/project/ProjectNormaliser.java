package org.medinsure.warehouse.transform.project;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.transform.taxonomy.CanonicalLevels;
import org.medinsure.warehouse.transform.taxonomy.IndicatorConcept;
import org.medinsure.warehouse.transform.taxonomy.IndicatorLevels;
import org.medinsure.warehouse.transform.taxonomy.IndicatorMatch;
import org.medinsure.warehouse.transform.taxonomy.IndicatorTaxonomy;
import org.medinsure.warehouse.transform.taxonomy.Programme;
import org.medinsure.warehouse.transform.taxonomy.ProgrammeClassifier;
import org.medinsure.warehouse.transform.value.ParsedValue;
import org.medinsure.warehouse.transform.value.UnitSource;
import org.medinsure.warehouse.transform.value.ValueHints;
import org.medinsure.warehouse.transform.value.ValueKind;
import org.medinsure.warehouse.transform.value.ValueParser;

/**
 * Normalises one project form and its indicators: levels to canonical headings, names to the
 * indicator taxonomy, values to comparator + number + unit, the project to a programme category and
 * a beneficiary count.
 *
 * <p>Per indicator: the printed headings are mapped by {@link IndicatorLevels}; the name is matched by
 * {@link IndicatorTaxonomy} in the context of the canonical level 2; a row whose form printed no usable
 * level 2 takes the concept's; the target and the actual are read by {@link ValueParser}, borrowing a
 * unit from the name, the level-2 heading (or the unit hint ingest kept from it), the form's declared
 * unit (money only) or the concept when the value prints none. Values that cannot
 * be read stay as printed, with a {@code value_unparsed} (or {@code actual_unparsed}) warning.
 */
public final class ProjectNormaliser implements Serializable {
    private final IndicatorTaxonomy taxonomy;
    private final IndicatorLevels levels;
    private final ValueParser values;
    private final ProgrammeClassifier programmes;
    private final BeneficiaryCounter beneficiaries = new BeneficiaryCounter();

    /** The bundled taxonomy, levels, units, qualitative scale and programme rules. */
    public ProjectNormaliser() {
        this(IndicatorTaxonomy.bundled(), IndicatorLevels.bundled(), ValueParser.bundled(), ProgrammeClassifier.bundled());
    }

    public ProjectNormaliser(IndicatorTaxonomy taxonomy, IndicatorLevels levels, ValueParser values,
            ProgrammeClassifier programmes) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy is null");
        this.levels = Objects.requireNonNull(levels, "levels is null");
        this.values = Objects.requireNonNull(values, "values is null");
        this.programmes = Objects.requireNonNull(programmes, "programmes is null");
        for (IndicatorConcept concept : taxonomy.concepts()) {
            if (concept.unit() != null && values.units().byName(concept.unit()).isEmpty()) {
                throw new IllegalArgumentException("Cannot find unit '" + concept.unit() + "' of concept " + concept.code()
                        + " in the unit table");
            }
        }
    }

    public IndicatorTaxonomy taxonomy() {
        return taxonomy;
    }

    public NormalisedProject normalise(RawProject project, List<RawIndicator> indicators) {
        Objects.requireNonNull(project, "project is null");
        Objects.requireNonNull(indicators, "indicators is null");
        List<Problem> problems = new ArrayList<>();
        List<NormalisedIndicator> normalised = new ArrayList<>();
        List<BeneficiaryCounter.Candidate> headCounts = new ArrayList<>();
        for (RawIndicator indicator : indicators) {
            Normalised row = normalise(indicator, project.declaredUnit(), problems);
            normalised.add(row.indicator());
            if (row.concept() != null && row.concept().countsHeads() && row.target().isNumber()
                    && "人".equals(values.units().byName(row.target().unit()).map(unit -> unit.base()).orElse(null))) {
                headCounts.add(new BeneficiaryCounter.Candidate(row.target().base(), row.target().comparator()));
            }
        }
        List<String> names = indicators.stream().map(RawIndicator::name).filter(Objects::nonNull).toList();
        // a department-wide record funds the whole department: no one programme is its purpose
        boolean departmentWide = "department".equals(project.formKind());
        Optional<Programme> programme = departmentWide ? Optional.empty() : programmes.classify(project.projectName(), names);
        if (programme.isEmpty() && !departmentWide) {
            problems.add(Problem.warning(0, "programme_unmatched", "Cannot classify project '" + project.projectName()
                    + "' into a programme: no rule of taxonomy/programmes.csv fits its name or indicators"));
        }
        Optional<HeadCount> headCount = beneficiaries.count(headCounts, project.basisText());
        return new NormalisedProject(project.projectId(), programme.map(Programme::code).orElse(null),
                headCount.map(HeadCount::persons).orElse(null), normalised, problems,
                headCount.map(HeadCount::source).orElse(null));
    }

    private Normalised normalise(RawIndicator indicator, String declaredUnit, List<Problem> problems) {
        int line = (int) Math.min(Integer.MAX_VALUE, Math.max(0, indicator.sourceLine()));
        CanonicalLevels canonical = levels.canonicalise(indicator.level1(), indicator.level2());
        if (canonical.unknownLevel1()) {
            problems.add(Problem.warning(line, "level_unmatched", "Cannot map level-1 heading '" + indicator.level1()
                    + "' of indicator '" + indicator.name() + "' to a canonical heading (taxonomy/levels.csv)"));
        }
        if (canonical.unknownLevel2()) {
            problems.add(Problem.warning(line, "level_unmatched", "Cannot map level-2 heading '" + indicator.level2()
                    + "' of indicator '" + indicator.name() + "' to a canonical heading (taxonomy/levels.csv)"));
        }
        IndicatorMatch match = taxonomy.match(indicator.name(), canonical.level2());
        IndicatorConcept concept = match.concept();
        String level2 = canonical.level2();
        String level1 = canonical.level1();
        if (level2 == null && concept != null && concept.level2() != null) {
            level2 = concept.level2();
            if (level1 == null) {
                level1 = levels.parentOf(level2);
            }
        }
        String levelUnit = values.unitInParentheses(indicator.level2());
        ValueHints hints = new ValueHints(values.unitInParentheses(indicator.name()),
                levelUnit != null ? levelUnit : values.canonicalUnit(indicator.unitHint()),
                values.canonicalUnit(declaredUnit), concept == null ? null : concept.unit());
        ParsedValue target = values.parse(indicator.valueRaw(), hints);
        if (target.kind() == ValueKind.UNPARSED) {
            problems.add(Problem.warning(line, "value_unparsed", "Cannot read the target of indicator '" + indicator.name()
                    + "': '" + indicator.valueRaw() + "' is kept as printed, with no number"));
        } else if (target.kind() == ValueKind.UNIT_ONLY) {
            problems.add(Problem.warning(line, "value_blank", "Indicator '" + indicator.name() + "' prints only the unit '"
                    + indicator.valueRaw() + "' and no target"));
        }
        ParsedValue actual = values.parse(indicator.actualRaw(), hints);
        if (actual.kind() == ValueKind.UNPARSED) {
            problems.add(Problem.warning(line, "actual_unparsed", "Cannot read the actual value of indicator '"
                    + indicator.name() + "': '" + indicator.actualRaw() + "' is kept as printed, with no number"));
        }
        NormalisedIndicator row = new NormalisedIndicator(indicator.indicatorId(), level1, level2, match.code(),
                match.method().code(), match.confidence(), target.comparator(), target.number(), target.unit(),
                target.base(), target.qualitative(), actual.isNumber() ? actual.base() : null, target.rank(),
                target.unitSource() == UnitSource.NONE ? null : target.unitSource().code());
        return new Normalised(row, concept, target);
    }

    private record Normalised(NormalisedIndicator indicator, IndicatorConcept concept, ParsedValue target) {
    }
}
