package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.testing.SharedFolder;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.parse.DocumentParser;

/**
 * Compares the forms read from the five seed documents with the hand-checked gold facts in
 * {@code ../shared/gold/seeds.jsonl}: {@code project} records (name, amount, implementing unit,
 * indicator count) and {@code indicator} records (levels, name, value). Prints precision, recall
 * and every miss, so that a regression names the fact it lost.
 */
class SeedFormsGoldTest {
    private static Path shared;
    private static final Map<String, List<ProjectForm>> FORMS = new HashMap<>();
    private static final List<JsonNode> GOLD = new ArrayList<>();

    @BeforeAll
    static void parseSeeds() throws IOException {
        shared = SharedFolder.locate().orElse(null);
        Assumptions.assumeTrue(shared != null, "../shared not found, skipping the seed gold test");
        DocumentParser parser = new DocumentParser();
        try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            for (Path seed : seeds.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                String name = seed.getFileName().toString();
                ParsedDocument document = parser.parse(name, Files.readString(seed, StandardCharsets.UTF_8));
                FORMS.put(name, document.projects());
                for (ProjectForm form : document.projects()) {
                    System.out.println("form " + name.substring(0, 3) + "#" + form.formIndex() + " line " + form.sourceLine()
                            + " " + form.formKind() + " | " + form.projectName() + " | " + form.department() + " | "
                            + form.implementingUnit() + " | " + form.period() + " | " + form.amountRaw() + " | prior "
                            + form.priorYearYuan() + " | executed " + form.executedYuan() + " | basis "
                            + (form.basisText() == null ? null : form.basisText().substring(0, Math.min(20, form.basisText().length()))));
                }
                for (Problem problem : document.problems()) {
                    if (problem.check().startsWith("form") || problem.check().startsWith("indicator")
                            || problem.check().startsWith("amount") || problem.check().startsWith("cost")
                            || problem.check().startsWith("project")) {
                        System.out.println("problem " + problem.severity().code() + " " + problem.check() + ": " + problem.detail());
                    }
                }
            }
        }
        GOLD.addAll(SharedFolder.gold(shared));
    }

    @Test
    void projectsMatchGold() {
        List<String> gold = new ArrayList<>();
        for (JsonNode record : GOLD) {
            if (record.path("kind").asText().equals("project")) {
                gold.add(projectKey(record.path("file").asText(), record.path("form_index").asInt(),
                        record.path("name").asText(), record.path("budget_wan").decimalValue().multiply(BigDecimal.valueOf(10_000)),
                        text(record.path("implementing_unit")), record.path("indicator_count").asInt()));
            }
        }
        List<String> found = new ArrayList<>();
        // the gold labels project forms only: 001's 部门整体绩效目标表 is read as a department record, not labelled
        FORMS.forEach((file, forms) -> forms.stream().filter(ProjectForm::isProjectLevel).forEach(form ->
                found.add(projectKey(file, form.formIndex(), form.projectName(), form.budgetYuan(),
                        form.implementingUnit(), form.indicators().size()))));
        Score score = Score.of("project", gold, found);
        assertThat(score.recall()).as("project recall").isGreaterThanOrEqualTo(0.98);
        assertThat(score.precision()).as("project precision").isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void indicatorsMatchGold() {
        List<String> gold = new ArrayList<>();
        for (JsonNode record : GOLD) {
            if (record.path("kind").asText().equals("indicator")) {
                gold.add(indicatorKey(record.path("file").asText(), record.path("form_index").asInt(),
                        text(record.path("level1")), text(record.path("level2")),
                        record.path("name").asText(), record.path("raw_value").asText()));
            }
        }
        List<String> found = new ArrayList<>();
        FORMS.forEach((file, forms) -> forms.stream()
                // gold labels the indicators of 001 only for its forms 1–3
                .filter(form -> !file.startsWith("001") || form.formIndex() <= 3)
                .forEach(form -> {
                    for (Indicator indicator : form.indicators()) {
                        found.add(indicatorKey(file, form.formIndex(), indicator.level1(), indicator.level2(),
                                indicator.name(), indicator.valueRaw()));
                    }
                }));
        Score score = Score.of("indicator", gold, found);
        assertThat(score.recall()).as("indicator recall").isGreaterThanOrEqualTo(0.99);
        assertThat(score.precision()).as("indicator precision").isGreaterThanOrEqualTo(0.99);
    }

    private static String projectKey(String file, int index, String name, BigDecimal yuan, String unit, int count) {
        String amount = yuan == null ? null : yuan.stripTrailingZeros().toPlainString();
        return file.substring(0, 3) + "#" + index + " name=" + squeeze(name) + " yuan=" + amount
                + " unit=" + unit + " indicators=" + count;
    }

    private static String indicatorKey(String file, int index, String level1, String level2, String name, String value) {
        return file.substring(0, 3) + "#" + index + " " + level1 + " / " + level2 + " / " + squeeze(name) + " = " + squeeze(value);
    }

    private static String squeeze(String text) {
        return text == null ? null : text.replaceAll("[\\s\\u3000]+", "");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /** Multiset precision and recall, printing every gold fact missed and every extra fact found. */
    private record Score(double precision, double recall) {
        static Score of(String kind, List<String> gold, List<String> found) {
            List<String> unmatched = new ArrayList<>(found);
            List<String> missed = new ArrayList<>();
            for (String fact : gold) {
                if (!unmatched.remove(fact)) {
                    missed.add(fact);
                }
            }
            int matched = gold.size() - missed.size();
            double precision = found.isEmpty() ? 0 : (double) matched / found.size();
            double recall = gold.isEmpty() ? 1 : (double) matched / gold.size();
            System.out.printf("%s: gold %d, found %d, matched %d, precision %.3f, recall %.3f%n",
                    kind, gold.size(), found.size(), matched, precision, recall);
            missed.stream().sorted().forEach(fact -> System.out.println("  missed " + kind + ": " + fact));
            unmatched.stream().sorted().forEach(fact -> System.out.println("  extra  " + kind + ": " + fact));
            return new Score(precision, recall);
        }
    }
}
