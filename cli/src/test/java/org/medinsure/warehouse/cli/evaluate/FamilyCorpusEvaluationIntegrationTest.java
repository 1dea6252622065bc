package org.medinsure.warehouse.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.cli.Main;
import org.medinsure.warehouse.exports.WarehouseConnections;
import org.medinsure.warehouse.ingest.testing.SharedFolder;
import picocli.CommandLine;

/**
 * {@code warehouse run} and {@code warehouse evaluate} on the layout-family corpus of
 * {@code examples/families}: 31 documents written from the descriptions of the layouts and
 * templates bureaus publish (HTML and GBK pages, aligned and raw PDF text, pipe tables, flattened
 * sheets, traditional script, self-evaluation and transfer-payment templates, department forms,
 * summary tables, allocation notices, fragments), with hand-made gold facts. The floors sit a little
 * under what the pipeline reads today, so that a change that loses a family fails here; the full
 * report is printed, so that a test log shows every remaining miss.
 */
class FamilyCorpusEvaluationIntegrationTest {
    /** Recall floors per kind; precision must be at least as high. */
    private static final Map<String, Double> FLOORS = Map.of(
            "document", 1.0,
            "project", 0.95,
            "indicator", 0.93,
            "indicator_raw", 0.93,
            "budget_line", 0.85,
            "total", 0.60,
            "allocation", 0.95);
    private static final double PRECISION_FLOOR = 0.90;

    @TempDir
    static Path output;
    private static EvaluationReport report;
    private static int runExit;
    private static String runPrinted;

    @BeforeAll
    static void runAndEvaluate() throws Exception {
        Path families = SharedFolder.repositoryRoot().resolve("examples/families");
        StringWriter run = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(run));
        runExit = commandLine.execute("run", "--input", families.resolve("documents").toString(),
                "--output", output.toString());
        runPrinted = run.toString();
        assertThat(runExit).as("exit code of warehouse run; output:%n%s", runPrinted).isZero();

        StringWriter printed = new StringWriter();
        CommandLine evaluate = Main.commandLine();
        evaluate.setOut(new PrintWriter(printed));
        int exit = evaluate.execute("evaluate", "--output", output.toString(),
                "--gold", families.resolve("gold.jsonl").toString(), "--misses", "1000");
        System.out.println(printed);
        assertThat(exit).as("exit code of warehouse evaluate").isZero();

        GoldFile gold = GoldFile.read(families.resolve("gold.jsonl"));
        try (Connection connection = WarehouseConnections.readOnly(output.resolve("warehouse.duckdb"))) {
            report = Evaluation.evaluate(gold, WarehouseFacts.load(connection, gold.files()));
        }
    }

    @Test
    void everyFamilyIsReadAboveItsFloor() {
        FLOORS.forEach((kind, floor) -> {
            KindResult result = report.result(kind);
            assertThat(result.recall()).as("%s recall", kind).isGreaterThanOrEqualTo(floor);
            assertThat(result.precision()).as("%s precision", kind).isGreaterThanOrEqualTo(Math.min(floor, PRECISION_FLOOR));
        });
    }

    @Test
    void everyDocumentOfTheCorpusIsLoadedWithItsStatus() throws Exception {
        long files;
        try (var listing = Files.list(SharedFolder.repositoryRoot().resolve("examples/families/documents"))) {
            files = listing.count();
        }
        try (Connection connection = WarehouseConnections.readOnly(output.resolve("warehouse.duckdb"));
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE status = 'rejected') FROM documents")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(files);
            assertThat(rows.getLong(2)).as("rejected documents").isZero();
        }
    }
}
