package org.medinsure.warehouse.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.cli.Main;
import org.medinsure.warehouse.cli.SeedWarehouse;
import org.medinsure.warehouse.exports.WarehouseConnections;
import picocli.CommandLine;

/**
 * {@code warehouse evaluate} on the seed warehouse (the run shared with the other integration
 * tests) against ../shared/gold/seeds.jsonl. Prints the full report, so that a test log shows every
 * remaining miss.
 */
@ExtendWith(SeedWarehouse.Extension.class)
class SeedEvaluationIntegrationTest {
    // the floors are 0.98 and 0.95; the seeds are read fully, and the floor guards that
    private static final double MINIMUM = 0.99;

    private static Path output;
    private static Path gold;
    private static EvaluationReport report;
    private static WarehouseFacts facts;

    @BeforeAll
    static void evaluateSeeds(SeedWarehouse seeds) throws Exception {
        output = seeds.output();
        assertThat(seeds.exitCode()).as("exit code of warehouse run; output:%n%s", seeds.printed()).isZero();
        gold = seeds.shared().resolve("gold/seeds.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(gold), gold + " not found: skipping the evaluation");

        StringWriter printed = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(printed));
        int exit = commandLine.execute("evaluate", "--output", output.toString(), "--gold", gold.toString(),
                "--misses", "1000");
        System.out.println(printed);
        assertThat(exit).as("exit code of warehouse evaluate").isZero();

        GoldFile goldFile = GoldFile.read(gold);
        try (Connection connection = WarehouseConnections.readOnly(seeds.database())) {
            facts = WarehouseFacts.load(connection, goldFile.files());
        }
        report = Evaluation.evaluate(goldFile, facts);
    }

    @Test
    void everyKindOfFactIsRight() {
        for (String kind : List.of("document", "project", "budget_line", "total", "execution", "indicator",
                IndicatorRawValueMatcher.NAME)) {
            KindResult result = report.result(kind);
            assertThat(result.precision()).as("%s precision", kind).isGreaterThanOrEqualTo(MINIMUM);
            assertThat(result.recall()).as("%s recall", kind).isGreaterThanOrEqualTo(MINIMUM);
        }
    }

    @Test
    void unmetThresholdExitsWithOneAndSaysWhich(@TempDir Path folder) throws Exception {
        Path fabricated = folder.resolve("fabricated.jsonl");
        Files.writeString(fabricated, "{\"kind\": \"project\", \"file\": \"000_f38c750e4c4df6b9.txt\", "
                + "\"form_index\": 99, \"name\": \"不存在的项目\", \"budget_wan\": 1.0}\n", StandardCharsets.UTF_8);
        StringWriter printed = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(printed));

        int exit = commandLine.execute("evaluate", "--output", output.toString(), "--gold", fabricated.toString(),
                "--min-recall", "project=0.5", "--min-precision", "total=0.9");

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString())
                .contains("FAILED: project recall 0.000 is below 0.500")
                .doesNotContain("FAILED: project precision")
                .doesNotContain("FAILED: total precision"); // no gold totals: an undefined ratio is not checked
    }

    @Test
    void reportPrintsAScoreLinePerKind() {
        StringWriter printed = new StringWriter();
        new ReportPrinter(new PrintWriter(printed), 0).print(report);
        assertThat(printed.toString().lines().filter(line -> line.matches(
                "^(document|project|indicator|indicator_raw|budget_line|total|execution)\\s+\\d+\\s+\\d+\\s+\\d+\\s+"
                        + "(\\d\\.\\d{3}|n/a)\\s+(\\d\\.\\d{3}|n/a)\\s+\\d+$"))).hasSize(7);
    }
}
