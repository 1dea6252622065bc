package org.medinsure.warehouse.ingest.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.testing.SharedFolder;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.ExecutionStatement;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Compares the parser with the hand-checked gold facts of seeds 001 (budget) and 003 (final
 * accounts). Precision is measured within the gold's coverage: budget lines of the tables the gold
 * labels lines for, totals and executions of the seed files; facts of other tables are not counted.
 * A gold total without a column matches any column (the gold omits it for single-amount sides).
 */
class SeedTablesGoldTest {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final List<String> FILES = List.of("001_8c4de2003b7dfa18.txt", "003_5a0efe02806f59f5.txt");
    private static Path shared;
    private static List<JsonNode> gold;
    private static final List<Parsed> parsed = new ArrayList<>();

    private record Parsed(String file, BudgetTableParser.Result result) {
    }

    @BeforeAll
    static void parseSeeds() throws IOException {
        shared = SharedFolder.locate().orElse(null);
        Assumptions.assumeTrue(shared != null, "../shared not found, skipping");
        gold = new ArrayList<>(SharedFolder.gold(shared));
        for (String file : FILES) {
            String text = Files.readString(shared.resolve("seeds").resolve(file), StandardCharsets.UTF_8);
            DocumentType type = file.startsWith("003") ? DocumentType.FINAL_ACCOUNTS : DocumentType.BUDGET;
            parsed.add(new Parsed(file, new BudgetTableParser().parse(TextCleaner.clean(file, text), type)));
        }
        parsed.forEach(p -> p.result().problems().forEach(problem -> System.out.println("problem " + problem)));
    }

    @Test
    void budgetLinesMatchGold() {
        List<JsonNode> expected = gold("budget_line");
        Set<String> labelledTables = expected.stream().map(g -> g.get("file").asText() + "|" + g.get("table").asText())
                .collect(Collectors.toSet());
        List<Fact<BudgetLine>> found = new ArrayList<>();
        parsed.forEach(p -> p.result().lines().stream()
                .filter(l -> labelledTables.contains(p.file() + "|" + l.tableName()))
                .forEach(l -> found.add(new Fact<>(p.file(), l))));
        Score score = score("budget_line", expected, found, SeedTablesGoldTest::sameLine);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void totalsMatchGold() {
        List<Fact<TableTotal>> found = new ArrayList<>();
        parsed.forEach(p -> p.result().totals().forEach(t -> found.add(new Fact<>(p.file(), t))));
        Score score = score("total", gold("total"), found, SeedTablesGoldTest::sameTotal);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void executionFiguresAreReported() {
        List<Fact<ExecutionStatement>> found = new ArrayList<>();
        parsed.forEach(p -> p.result().executions().forEach(e -> found.add(new Fact<>(p.file(), e))));
        Score score = score("execution", gold("execution"), found, SeedTablesGoldTest::sameExecution);
        assertThat(score.matched()).isPositive(); // reported, not held to a threshold
    }

    private record Fact<T>(String file, T value) {
    }

    private record Score(int matched, double precision, double recall) {
    }

    private static <T> Score score(String kind, List<JsonNode> expected, List<Fact<T>> found,
                                   BiPredicate<JsonNode, T> same) {
        List<Fact<T>> unmatched = new ArrayList<>(found);
        List<JsonNode> missed = new ArrayList<>();
        for (JsonNode g : expected) {
            Fact<T> hit = unmatched.stream().filter(f -> f.file().equals(g.get("file").asText()) && same.test(g, f.value()))
                    .findFirst().orElse(null);
            if (hit == null) {
                missed.add(g);
            } else {
                unmatched.remove(hit);
            }
        }
        int matched = expected.size() - missed.size();
        double precision = found.isEmpty() ? 0 : (double) matched / found.size();
        double recall = expected.isEmpty() ? 1 : (double) matched / expected.size();
        System.out.printf("%s: gold %d, found %d, matched %d, precision %.3f, recall %.3f%n", kind, expected.size(),
                found.size(), matched, precision, recall);
        missed.forEach(g -> System.out.println("  missed " + g));
        unmatched.forEach(f -> System.out.println("  extra  " + f.file() + " " + f.value()));
        return new Score(matched, precision, recall);
    }

    private static List<JsonNode> gold(String kind) {
        return gold.stream().filter(g -> g.get("kind").asText().equals(kind))
                .filter(g -> FILES.contains(g.get("file").asText())).toList();
    }

    private static boolean sameLine(JsonNode g, BudgetLine line) {
        return g.get("table").asText().equals(line.tableName())
                && java.util.Objects.equals(textOrNull(g, "code"), line.functionCode())
                && squeeze(g.get("name").asText()).equals(squeeze(line.functionName()))
                && sameWan(g, "total_wan", line.totalYuan())
                && sameWan(g, "basic_wan", line.basicYuan())
                && sameWan(g, "project_wan", line.projectYuan())
                && sameWan(g, "fiscal_wan", line.otherAmounts().get("财政拨款收入"), true)
                && sameWan(g, "other_wan", line.otherAmounts().get("其他收入"), true)
                && sameWan(g, "general_public_wan", line.otherAmounts().get("一般公共预算财政拨款"), true)
                && sameWan(g, "gov_fund_wan", line.otherAmounts().get("政府性基金预算财政拨款"), true);
    }

    private static boolean sameTotal(JsonNode g, TableTotal total) {
        String column = textOrNull(g, "column");
        String side = textOrNull(g, "side");
        return g.get("table").asText().equals(total.tableName())
                && g.get("label").asText().equals(total.label())
                && (column == null || column.equals(total.column()))
                && (side == null || total.side() == null || side.equals(total.side()))
                && sameWan(g, "wan", total.amountYuan());
    }

    private static boolean sameExecution(JsonNode g, ExecutionStatement e) {
        return squeeze(g.get("item").asText()).equals(squeeze(e.item()))
                && java.util.Objects.equals(textOrNull(g, "code"), e.functionCode())
                && sameWan(g, "budget_wan", e.budgetYuan())
                && sameWan(g, "final_wan", e.finalYuan())
                && (g.get("rate_pct").isNull() ? e.ratePct() == null
                        : e.ratePct() != null && Math.abs(g.get("rate_pct").asDouble() - e.ratePct()) < 1e-9)
                && g.get("source").asText().equals(e.source());
    }

    private static boolean sameWan(JsonNode g, String field, BigDecimal yuan) {
        return sameWan(g, field, yuan, false);
    }

    /** Absent gold fields are not compared; null means "not stated", so the parser must have none. */
    private static boolean sameWan(JsonNode g, String field, BigDecimal yuan, boolean optional) {
        JsonNode node = g.get(field);
        if (node == null) {
            return true;
        }
        if (node.isNull()) {
            return yuan == null || (optional && yuan.signum() == 0);
        }
        return yuan != null && new BigDecimal(node.asText()).multiply(WAN).compareTo(yuan) == 0;
    }

    private static String textOrNull(JsonNode g, String field) {
        JsonNode node = g.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
    }
}
