package org.medinsure.warehouse.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus and its gold: deterministic, complete, and telling the truth about every file. */
class CorpusGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGIONS = String.join("\n",
            "# a region table in the bundled format",
            "code,county,prefecture_code,prefecture,province_code,province",
            "370521,垦利区,370500,东营市,370000,山东省",
            "370522,利津县,370500,东营市,370000,山东省",
            "370523,广饶县,370500,东营市,370000,山东省",
            "410527,内黄县,410500,安阳市,410000,河南省",
            "410881,济源市,,,410000,河南省",
            "430181,浏阳市,430100,长沙市,430000,湖南省",
            "430223,攸县,430200,株洲市,430000,湖南省");

    @TempDir
    Path folder;

    @Test
    void theSameSeedWritesTheSameBytesAndADifferentSeedDifferentOnes() throws Exception {
        List<County> counties = CountyTable.read(new StringReader(REGIONS));
        new CorpusGenerator(7).generate(counties, 2020, 2022, folder.resolve("a"));
        new CorpusGenerator(7).generate(counties, 2020, 2022, folder.resolve("b"));
        new CorpusGenerator(8).generate(counties, 2020, 2022, folder.resolve("c"));

        assertThat(contents(folder.resolve("a"))).isEqualTo(contents(folder.resolve("b")));
        assertThat(contents(folder.resolve("a"))).isNotEqualTo(contents(folder.resolve("c")));
    }

    @Test
    void everyFileHasOneDocumentRecordAndTheGoldNamesNoOtherFile() throws IOException {
        List<County> counties = CountyTable.read(new StringReader(REGIONS));
        CorpusGenerator.Summary summary = new CorpusGenerator(3).generate(counties, 2018, 2025, folder);

        Map<String, JsonNode> documents = new HashMap<>();
        Set<String> named = new java.util.HashSet<>();
        for (JsonNode record : gold(folder)) {
            named.add(record.get("file").asText());
            if (record.get("kind").asText().equals("document")) {
                assertThat(documents.put(record.get("file").asText(), record)).as("one document record a file").isNull();
            }
        }
        List<Path> files = files(folder.resolve("corpus"));
        assertThat(files).hasSize(summary.documents());
        assertThat(files).extracting(path -> path.getFileName().toString()).containsExactlyInAnyOrderElementsOf(documents.keySet());
        assertThat(named).isEqualTo(documents.keySet());
        // every county publishes a declaration every year
        assertThat(summary.byType().get("declaration")).isEqualTo(counties.size() * 8);
        assertThat(summary.byFamily().keySet()).as("every layout family is used").hasSize(LayoutFamily.values().length);
    }

    @Test
    void aFileIsWrittenInTheEncodingItsGoldStatesAndNamesItsDepartmentAndProjects() throws IOException {
        List<County> counties = CountyTable.read(new StringReader(REGIONS));
        new CorpusGenerator(5).generate(counties, 2021, 2024, folder);
        Map<String, Path> paths = new HashMap<>();
        files(folder.resolve("corpus")).forEach(path -> paths.put(path.getFileName().toString(), path));

        Map<String, String> texts = new HashMap<>(); // of files neither traditional nor cut off
        int projects = 0;
        for (JsonNode record : gold(folder)) {
            Path path = paths.get(record.get("file").asText());
            if (record.get("kind").asText().equals("document")) {
                String text = Files.readString(path, Charset.forName(record.get("encoding").asText()));
                assertThat(text).as(path.toString()).doesNotContain("\uFFFD");
                if (!record.has("note")) {
                    assertThat(text).as(path.toString()).contains(record.get("department").asText());
                    texts.put(record.get("file").asText(), text.replaceAll("\\s", ""));
                }
            } else if (record.get("kind").asText().equals("project") && texts.containsKey(record.get("file").asText())) {
                assertThat(texts.get(record.get("file").asText())).as(path.toString())
                        .contains(record.get("name").asText().replaceAll("\\s", ""))
                        .contains(String.format(java.util.Locale.ROOT, "%.2f", record.get("budget_wan").asDouble()));
                projects++;
            }
        }
        assertThat(projects).isPositive();
    }

    @Test
    void figuresAgreeAcrossACountysDocumentsAndLookLikeABureaus() throws IOException {
        List<County> counties = CountyTable.read(new StringReader(REGIONS));
        new CorpusGenerator(11).generate(counties, 2018, 2025, folder);
        Map<String, List<JsonNode>> byKind = new TreeMap<>();
        for (JsonNode record : gold(folder)) {
            byKind.computeIfAbsent(record.get("kind").asText(), kind -> new ArrayList<>()).add(record);
        }
        for (JsonNode project : byKind.get("project")) {
            if (project.get("form_kind").asText().equals("summary")) {
                // a summary row prints the project's amounts, not its targets
                assertThat(project.get("satisfaction_target").isNull()).isTrue();
            } else {
                double target = project.get("satisfaction_target").get("value_pct").asDouble();
                assertThat(target).isBetween(85.0, 99.0);
            }
            if (project.get("name").asText().contains("城乡居民基本医疗保险") && project.hasNonNull("beneficiaries")) {
                double perCapita = project.get("budget_wan").asDouble() * 10_000 / project.get("beneficiaries").asLong();
                assertThat(perCapita).as(project.toString()).isBetween(15.0, 90.0);
            }
            if (project.hasNonNull("executed_wan")) {
                double rate = project.get("executed_wan").asDouble() / project.get("budget_wan").asDouble();
                assertThat(rate).as(project.toString()).isBetween(0.5, 1.1);
                assertThat(project.get("execution_rate_pct").asDouble()).isCloseTo(rate * 100, org.assertj.core.data.Offset.offset(0.01));
            }
        }
        // the execution statements of final accounts compare the budget with the final-accounts table
        for (JsonNode execution : byKind.get("execution")) {
            double rate = execution.get("final_wan").asDouble() / execution.get("budget_wan").asDouble() * 100;
            assertThat(execution.get("rate_pct").asDouble()).isCloseTo(rate, org.assertj.core.data.Offset.offset(0.01));
        }
        // a classification table's 合计 is the sum of its 项 lines (their basic and project parts: a
        // misprinted line total leaves the true sum standing)
        Map<String, Double> items = new HashMap<>();
        for (JsonNode line : byKind.get("budget_line")) {
            if (line.get("level").asText().equals("项")) {
                items.merge(line.get("file").asText() + line.get("table").asText(),
                        line.path("basic_wan").asDouble() + line.path("project_wan").asDouble(), Double::sum);
            }
        }
        for (JsonNode total : byKind.get("total")) {
            if (total.get("column").asText().equals("合计") && items.containsKey(total.get("file").asText()
                    + total.get("table").asText())) {
                assertThat(total.get("wan").asDouble()).as(total.toString())
                        .isCloseTo(items.get(total.get("file").asText() + total.get("table").asText()),
                                org.assertj.core.data.Offset.offset(0.011));
            }
        }
    }

    @Test
    void countiesAreTakenInTurnFromEachProvince() throws IOException {
        List<County> all = CountyTable.read(new StringReader(REGIONS));
        CorpusGenerator generator = new CorpusGenerator(1);

        List<County> three = generator.select(all, 3, Set.of());
        List<County> shandong = generator.select(all, null, Set.of("山东省"));

        assertThat(three).extracting(County::province).containsExactlyInAnyOrder("山东省", "河南省", "湖南省");
        assertThat(shandong).extracting(County::code).containsExactly("370521", "370522", "370523");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator.select(all, 2, Set.of("火星省")))
                .hasMessageContaining("火星省");
    }

    @Test
    void summaryTablesRepeatTheirFormsAndAddUpToTheirTotals() throws IOException {
        List<County> counties = CountyTable.read(new StringReader(REGIONS));
        new CorpusGenerator(5).generate(counties, 2018, 2025, folder);
        Map<String, List<JsonNode>> byFile = new TreeMap<>();
        for (JsonNode record : gold(folder)) {
            byFile.computeIfAbsent(record.get("file").asText(), file -> new ArrayList<>()).add(record);
        }
        int summaries = 0;
        for (List<JsonNode> records : byFile.values()) {
            List<JsonNode> rows = records.stream().filter(r -> r.path("form_kind").asText().equals("summary")).toList();
            if (rows.isEmpty()) {
                continue;
            }
            summaries++;
            List<JsonNode> forms = records.stream()
                    .filter(r -> r.path("form_kind").asText().equals("self_evaluation")).toList();
            // each row repeats a form of the same file, and the rows come first
            assertThat(rows).extracting(r -> r.get("name").asText() + " " + r.get("budget_wan") + " " + r.get("executed_wan"))
                    .containsExactlyElementsOf(forms.stream()
                            .map(f -> f.get("name").asText() + " " + f.get("budget_wan") + " " + f.get("executed_wan")).toList());
            assertThat(rows.get(rows.size() - 1).get("form_index").asInt()).isLessThan(forms.get(0).get("form_index").asInt());
            double budget = rows.stream().mapToDouble(r -> r.get("budget_wan").asDouble()).sum();
            JsonNode total = records.stream().filter(r -> r.get("kind").asText().equals("total")
                    && r.get("column").asText().equals("年度预算数")).findFirst().orElseThrow();
            assertThat(total.get("wan").asDouble()).isCloseTo(budget, org.assertj.core.data.Offset.offset(0.005));
        }
        assertThat(summaries).isPositive();
    }

    @Test
    void allocationNoticesAllocateToTheirPrefecturesCounties() throws IOException {
        List<County> counties = CountyTable.read(new StringReader(REGIONS));
        new CorpusGenerator(5).generate(counties, 2018, 2025, folder);
        Map<String, String> prefectureOf = new HashMap<>();
        counties.forEach(county -> prefectureOf.put(county.name(), county.prefecture()));
        Map<String, JsonNode> notices = new HashMap<>();
        List<JsonNode> allocations = new ArrayList<>();
        for (JsonNode record : gold(folder)) {
            if (record.get("kind").asText().equals("document") && record.get("doc_type").asText().equals("allocation")) {
                notices.put(record.get("file").asText(), record);
            } else if (record.get("kind").asText().equals("allocation")) {
                allocations.add(record);
            }
        }
        assertThat(notices).isNotEmpty();
        assertThat(allocations).isNotEmpty();
        for (JsonNode allocation : allocations) {
            JsonNode notice = notices.get(allocation.get("file").asText());
            assertThat(notice.get("county").isNull()).isTrue();
            assertThat(prefectureOf.get(allocation.get("region").asText())).isEqualTo(notice.get("prefecture").asText());
            assertThat(allocation.get("function_code").asText()).isIn("2101202", "2101301");
            assertThat(allocation.get("already_wan").asDouble() + allocation.get("this_time_wan").asDouble())
                    .isCloseTo(allocation.get("amount_wan").asDouble(), org.assertj.core.data.Offset.offset(0.005));
        }
    }

    @Test
    void aMisprintSwapsTwoDigitsOfALineWhosePartsKeepTheTrueAmount() throws IOException {
        List<County> counties = CountyTable.read(new StringReader(REGIONS));
        new CorpusGenerator(5).generate(counties, 2018, 2025, folder);
        int misprints = 0;
        for (JsonNode record : gold(folder)) {
            if (!record.get("kind").asText().equals("budget_line") || record.get("code").asText().length() != 7) {
                continue;
            }
            java.math.BigDecimal total = record.get("total_wan").decimalValue().setScale(2);
            java.math.BigDecimal parts = record.path("basic_wan").decimalValue().add(record.path("project_wan").decimalValue())
                    .setScale(2);
            if (total.compareTo(parts) != 0) {
                misprints++;
                assertThat(sortedDigits(total.toPlainString())).as(record.toString())
                        .isEqualTo(sortedDigits(parts.toPlainString()));
            }
        }
        assertThat(misprints).isPositive();
    }

    private static String sortedDigits(String amount) {
        return amount.chars().filter(Character::isDigit).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static List<JsonNode> gold(Path out) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<String, String> contents(Path out) throws Exception {
        Map<String, String> contents = new TreeMap<>();
        for (Path file : files(out)) {
            contents.put(out.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        }
        return contents;
    }
}
