package org.medinsure.warehouse.transform.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.testing.SharedFolder;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.parse.DocumentParser;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import org.medinsure.warehouse.transform.taxonomy.CanonicalLevels;
import org.medinsure.warehouse.transform.taxonomy.IndicatorLevels;
import org.medinsure.warehouse.transform.taxonomy.IndicatorMatch;
import org.medinsure.warehouse.transform.taxonomy.IndicatorTaxonomy;
import org.medinsure.warehouse.transform.taxonomy.UnmatchedReport;
import org.medinsure.warehouse.transform.value.ParsedValue;
import org.medinsure.warehouse.transform.value.UnitSource;
import org.medinsure.warehouse.transform.value.ValueHints;
import org.medinsure.warehouse.transform.value.ValueParser;

/**
 * Runs normalisation against the hand-checked gold facts of the five seed documents
 * ({@code ../shared/gold/seeds.jsonl}): the value parser on every gold {@code raw_value}
 * (comparator, number, unit), the taxonomy matcher on every gold indicator name, and the whole
 * {@link ProjectNormaliser} on the forms the ingest parser reads from the seeds (beneficiaries and
 * satisfaction targets of the gold {@code project} records). Prints every miss. Also reports the
 * matched share on the repository's sample corpus ({@code examples/corpus}). Skipped when the shared
 * folder is absent.
 */
class SeedNormalisationGoldTest {
    private static final IndicatorTaxonomy TAXONOMY = IndicatorTaxonomy.bundled();
    private static final IndicatorLevels LEVELS = IndicatorLevels.bundled();
    private static final ValueParser PARSER = ValueParser.bundled();
    private static final ProjectNormaliser NORMALISER = new ProjectNormaliser();

    private static Path shared;
    private static final List<JsonNode> INDICATORS = new ArrayList<>();
    private static final List<JsonNode> PROJECTS = new ArrayList<>();

    @BeforeAll
    static void readGold() throws IOException {
        shared = SharedFolder.locate().orElse(null);
        Assumptions.assumeTrue(shared != null, "../shared (seeds and gold) not found above the working directory, "
                + "skipping the seed normalisation test");
        for (JsonNode record : SharedFolder.gold(shared)) {
            switch (record.path("kind").asText()) {
                case "indicator" -> INDICATORS.add(record);
                case "project" -> PROJECTS.add(record);
                default -> {
                }
            }
        }
    }

    @Test
    void valueParserAgreesWithTheGold() {
        int agreeing = 0;
        int strictUnit = 0;
        int qualitative = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode gold : INDICATORS) {
            String name = gold.path("name").asText();
            CanonicalLevels levels = LEVELS.canonicalise(text(gold, "level1"), text(gold, "level2"));
            IndicatorMatch match = TAXONOMY.match(name, levels.level2());
            ValueHints hints = new ValueHints(PARSER.unitInParentheses(name), PARSER.unitInParentheses(text(gold, "level2")),
                    null, match.matched() ? match.concept().unit() : null);
            ParsedValue value = PARSER.parse(text(gold, "raw_value"), hints);

            String unit = goldConventionUnit(value);
            boolean comparatorAgrees = Objects.equals(value.comparator(), text(gold, "comparator"));
            boolean numberAgrees = sameNumber(value.number(), gold.path("number"));
            boolean unitAgrees = Objects.equals(unit, text(gold, "unit"));
            if (comparatorAgrees && numberAgrees && unitAgrees) {
                agreeing++;
            } else {
                misses.add(String.format("  value miss %s#%s %s = '%s': got %s %s %s (unit from %s), gold %s %s %s", file(gold),
                        gold.path("form_index").asInt(), name, text(gold, "raw_value"), value.comparator(), value.number(),
                        value.unit(), value.unitSource().code(), text(gold, "comparator"), text(gold, "number"),
                        text(gold, "unit")));
            }
            strictUnit += Objects.equals(value.unit(), text(gold, "unit")) ? 1 : 0;
            qualitative += Objects.equals(value.qualitative(), text(gold, "qualitative")) ? 1 : 0;
        }
        double share = (double) agreeing / INDICATORS.size();
        System.out.printf("value: %d gold indicators, comparator+number+unit agree on %d (%.3f); canonical unit equals the "
                + "gold's printed unit on %d; qualitative agrees on %d%n", INDICATORS.size(), agreeing, share, strictUnit,
                qualitative);
        misses.forEach(System.out::println);
        assertThat(INDICATORS).hasSize(173);
        assertThat(share).as("value agreement with the gold").isGreaterThanOrEqualTo(0.95);
        assertThat(qualitative).as("qualitative agreement with the gold").isGreaterThanOrEqualTo((int) (0.95 * INDICATORS.size()));
    }

    @Test
    void actualValuesOfTheSelfEvaluationAreRead() {
        List<String> read = new ArrayList<>();
        for (JsonNode gold : INDICATORS) {
            String actual = text(gold, "actual_raw");
            if (actual != null) {
                ParsedValue value = PARSER.parse(actual);
                read.add(actual + " -> " + (value.isNumber() ? value.base() + " " + value.unit() : value.kind().code()));
            }
        }
        System.out.println("actual: " + read);
        assertThat(read).contains("实际需救助 5487 人 -> 5487.0 人", "100% -> 100.0 %", "95% -> 95.0 %", "90% -> 90.0 %");
    }

    @Test
    void taxonomyGivesACodeToAtLeastNinetyPercentOfTheGoldNames() {
        List<String> names = new ArrayList<>();
        List<IndicatorMatch> matches = new ArrayList<>();
        Map<String, Integer> methods = new TreeMap<>();
        for (JsonNode gold : INDICATORS) {
            String name = gold.path("name").asText();
            IndicatorMatch match = TAXONOMY.match(name, LEVELS.canonicalise(text(gold, "level1"), text(gold, "level2")).level2());
            names.add(name);
            matches.add(match);
            methods.merge(match.method().code(), 1, Integer::sum);
        }
        UnmatchedReport report = UnmatchedReport.of(names, matches);
        System.out.printf("taxonomy on the gold names: %.3f matched, by method %s%n", report.matchedShare(), methods);
        System.out.print(report.render(20));
        assertThat(report.matchedShare()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void beneficiariesAndSatisfactionTargetsAgreeWithTheGoldProjects() throws IOException {
        Map<String, NormalisedProject> normalised = normaliseSeeds();
        int given = 0;
        int givenAgreeing = 0;
        int absent = 0;
        int absentAgreeing = 0;
        int satisfaction = 0;
        int satisfactionAgreeing = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode gold : PROJECTS) {
            String key = file(gold) + "#" + gold.path("form_index").asInt();
            NormalisedProject project = normalised.get(key);
            assertThat(project).as("form %s read from the seed", key).isNotNull();
            JsonNode beneficiaries = gold.path("beneficiaries");
            Long expected = beneficiaries.isNull() || beneficiaries.isMissingNode() ? null : beneficiaries.asLong();
            boolean agrees = Objects.equals(project.beneficiaries(), expected);
            if (expected != null) {
                given++;
                givenAgreeing += agrees ? 1 : 0;
            } else {
                absent++;
                absentAgreeing += agrees ? 1 : 0;
            }
            if (!agrees) {
                misses.add("  beneficiaries miss " + key + " " + gold.path("name").asText() + ": got " + project.beneficiaries()
                        + " (" + project.beneficiariesSource() + "), gold " + expected);
            }
            JsonNode target = gold.path("satisfaction_target");
            if (target.isObject()) {
                satisfaction++;
                Optional<NormalisedIndicator> found = satisfactionTarget(project);
                boolean same = found.isPresent() && Objects.equals(found.get().comparator(), text(target, "comparator"))
                        && sameNumber(found.get().targetBase(), target.path("value_pct")) && "%".equals(found.get().unit());
                satisfactionAgreeing += same ? 1 : 0;
                if (!same) {
                    misses.add("  satisfaction miss " + key + ": got " + found.map(i -> i.comparator() + " " + i.targetBase() + " "
                            + i.unit()).orElse("none") + ", gold " + target);
                }
            }
        }
        System.out.printf("beneficiaries: gold states %d, agree %d; gold null %d, agree %d; satisfaction targets %d, agree %d%n",
                given, givenAgreeing, absent, absentAgreeing, satisfaction, satisfactionAgreeing);
        Map<String, Integer> programmes = new TreeMap<>();
        normalised.values().forEach(project -> programmes.merge(String.valueOf(project.programme()), 1, Integer::sum));
        System.out.println("programmes of the seed projects: " + programmes);
        misses.forEach(System.out::println);
        assertThat(given).isPositive();
        assertThat(givenAgreeing).as("beneficiaries where the gold states them").isEqualTo(given);
        assertThat(absentAgreeing).as("no beneficiaries where the gold has none").isGreaterThanOrEqualTo((int) (0.9 * absent));
        assertThat(satisfactionAgreeing).as("satisfaction targets").isGreaterThanOrEqualTo((int) (0.9 * satisfaction));
        assertThat(programmes).doesNotContainKey("null");
    }

    @Test
    void matchedShareOnTheSampleCorpus() throws IOException {
        Path corpus = sampleCorpus();
        Assumptions.assumeTrue(corpus != null, "examples/corpus not found above the working directory");
        FileIngestor ingestor = new FileIngestor();
        List<String> names = new ArrayList<>();
        List<IndicatorMatch> matches = new ArrayList<>();
        int projects = 0;
        int withBeneficiaries = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (ProjectForm form : ingestor.ingest(corpus.relativize(file).toString(), Files.readAllBytes(file)).document()
                        .projects()) {
                    projects++;
                    NormalisedProject project = NORMALISER.normalise(rawProject(form), rawIndicators(form));
                    withBeneficiaries += project.beneficiaries() == null ? 0 : 1;
                    for (int i = 0; i < form.indicators().size(); i++) {
                        Indicator indicator = form.indicators().get(i);
                        names.add(indicator.name());
                        matches.add(TAXONOMY.match(indicator.name(), project.indicators().get(i).level2()));
                    }
                }
            }
        }
        UnmatchedReport report = UnmatchedReport.of(names, matches);
        System.out.printf("sample corpus %s: %d project forms (%d with beneficiaries), %d indicators, %.3f matched%n", corpus,
                projects, withBeneficiaries, report.total(), report.matchedShare());
        System.out.print(report.render(10));
        assertThat(report.matchedShare()).isGreaterThanOrEqualTo(0.90);
    }

    private static Map<String, NormalisedProject> normaliseSeeds() throws IOException {
        DocumentParser parser = new DocumentParser();
        Map<String, NormalisedProject> normalised = new LinkedHashMap<>();
        try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            for (Path seed : seeds.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                String name = seed.getFileName().toString();
                for (ProjectForm form : parser.parse(name, Files.readString(seed, StandardCharsets.UTF_8)).projects()) {
                    if (!form.isProjectLevel()) {
                        continue; // department-wide records: outside the gold's projects, and without a programme by rule
                    }
                    normalised.put(name.substring(0, 3) + "#" + form.formIndex(), NORMALISER.normalise(rawProject(form),
                            rawIndicators(form)));
                }
            }
        }
        return normalised;
    }

    private static RawProject rawProject(ProjectForm form) {
        return new RawProject("form-" + form.formIndex(), form.projectName(), form.formKind().code(), form.implementingUnit(),
                form.budgetYuan(), form.executedYuan(), form.basisText(), form.declaredUnit());
    }

    private static List<RawIndicator> rawIndicators(ProjectForm form) {
        List<RawIndicator> rows = new ArrayList<>();
        for (int i = 0; i < form.indicators().size(); i++) {
            Indicator indicator = form.indicators().get(i);
            rows.add(new RawIndicator("form-" + form.formIndex() + "-" + i, indicator.sourceLine(), indicator.level1(),
                    indicator.level2(), indicator.name(), indicator.valueRaw(), indicator.standardRaw(),
                    indicator.actualRaw(), indicator.unitHint()));
        }
        return rows;
    }

    /** The beneficiaries' satisfaction target; the gold takes a provider-satisfaction row where it is the only one. */
    private static Optional<NormalisedIndicator> satisfactionTarget(NormalisedProject project) {
        for (String code : List.of("satisfaction.beneficiary", "satisfaction.institution")) {
            Optional<NormalisedIndicator> found = project.indicators().stream()
                    .filter(indicator -> code.equals(indicator.indicatorCode()))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The unit in the gold's convention: the gold leaves the unit empty where the value prints none and
     * neither the name nor the heading gives one (bare counts, satisfaction without %), except that bare
     * money amounts take the form's 万元 — which the concept's expected unit stands in for here, as the
     * gold records carry no form header ({@code unit_source = header} in silver). Silver keeps the
     * canonical unit (% for {@code ≥96} satisfaction) and records {@code unit_source = concept}.
     */
    private static String goldConventionUnit(ParsedValue value) {
        if (value.unitSource() != UnitSource.CONCEPT || value.unit() == null) {
            return value.unit();
        }
        boolean money = PARSER.units().byName(value.unit()).map(unit -> unit.isMoney()).orElse(false);
        return money ? value.unit() : null;
    }

    private static Path sampleCorpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean sameNumber(Double actual, JsonNode gold) {
        if (gold == null || gold.isNull() || gold.isMissingNode()) {
            return actual == null;
        }
        return actual != null && Math.abs(actual - gold.asDouble()) < 1e-6;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static String file(JsonNode gold) {
        return gold.path("file").asText().substring(0, 3);
    }
}
