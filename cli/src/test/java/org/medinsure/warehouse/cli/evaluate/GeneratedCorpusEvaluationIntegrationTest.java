package org.medinsure.warehouse.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.cli.Main;
import org.medinsure.warehouse.exports.WarehouseConnections;
import picocli.CommandLine;

/**
 * {@code warehouse generate}, {@code run} and {@code evaluate} end to end: a corpus generated for
 * counties of several provinces over two years, in every layout family, read and scored against
 * the gold the generator wrote. The floors sit a little under what the pipeline reads today, so
 * that a change that loses a family fails here; the report is printed with every miss.
 */
class GeneratedCorpusEvaluationIntegrationTest {
    /** Recall floors per kind; precision must be at least 0.95. */
    private static final Map<String, Double> FLOORS = Map.of(
            "document", 1.0,
            "project", 0.97,
            "indicator", 0.97,
            "budget_line", 0.95,
            "total", 0.95,
            "execution", 0.95);

    @TempDir
    static Path folder;
    private static EvaluationReport report;

    @BeforeAll
    static void generateRunAndEvaluate() throws Exception {
        Path generated = folder.resolve("generated");
        Path output = folder.resolve("out");
        assertThat(execute("generate", "--counties", "8", "--years", "2022-2023", "--seed", "20261202",
                "--out", generated.toString())).isZero();
        assertThat(execute("run", "--input", generated.resolve("corpus").toString(), "--output", output.toString(),
                "--preview-rows", "0")).isZero();
        assertThat(execute("evaluate", "--output", output.toString(), "--gold", generated.resolve("gold.jsonl").toString(),
                "--misses", "1000")).isZero();

        GoldFile gold = GoldFile.read(generated.resolve("gold.jsonl"));
        try (Connection connection = WarehouseConnections.readOnly(output.resolve("warehouse.duckdb"))) {
            report = Evaluation.evaluate(gold, WarehouseFacts.load(connection, gold.files()));
        }
        long files;
        try (Stream<Path> walk = Files.walk(generated.resolve("corpus"))) {
            files = walk.filter(Files::isRegularFile).count();
        }
        assertThat(report.result("document").gold()).isEqualTo(files);
    }

    private static int execute(String... args) {
        StringWriter printed = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(printed));
        int exit = commandLine.execute(args);
        System.out.println(printed);
        return exit;
    }

    @Test
    void everyKindOfFactIsReadAboveItsFloor() {
        FLOORS.forEach((kind, floor) -> {
            KindResult result = report.result(kind);
            assertThat(result.recall()).as("%s recall", kind).isGreaterThanOrEqualTo(floor);
            assertThat(result.precision()).as("%s precision", kind).isGreaterThanOrEqualTo(0.95);
        });
    }
}
