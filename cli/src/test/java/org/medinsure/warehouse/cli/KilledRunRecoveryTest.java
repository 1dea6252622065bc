package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed (SIGKILL: no shutdown hook, no finally) in the middle of each stage and of
 * publishing leaves the last published warehouse whole and readable, and the next run cleans what
 * the killed one left and publishes exactly what an uninterrupted run does. The runs are separate
 * processes of the warehouse command on the bundled sample corpus.
 */
class KilledRunRecoveryTest {
    private static final Path SAMPLE = Path.of("..", "examples", "corpus").toAbsolutePath().normalize();
    /** Log lines that say a stage is under way; the process is killed soon after each. */
    private static final List<String> STAGES = List.of("ingest: started", "transform: started", "marts: started",
            "publish: documents");
    private static final long STAGE_TIMEOUT_SECONDS = 300;

    @TempDir
    Path folder;

    /** The sample's hand-written files (its generated part left out: six runs need no volume, only every stage). */
    private Path corpus;

    @Test
    void aRunKilledInEachStageLeavesThePublishedWarehouseWholeAndTheNextRunFinishesIt() throws Exception {
        corpus = folder.resolve("corpus");
        try (Stream<Path> paths = Files.walk(SAMPLE)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Path relative = SAMPLE.relativize(path);
                if (!relative.startsWith("generated")) {
                    Files.createDirectories(corpus.resolve(relative).getParent());
                    Files.copy(path, corpus.resolve(relative));
                }
            }
        }
        Path out = folder.resolve("out");
        assertThat(run(out, null)).as("the first, uninterrupted run").isZero();
        Path baseline = Files.copy(out.resolve("warehouse.duckdb"), folder.resolve("baseline.duckdb"));

        for (String stage : STAGES) {
            assertThat(run(out, stage)).as("the run killed at '%s' was killed", stage).isNotZero();
            assertThat(differences(baseline, out.resolve("warehouse.duckdb")))
                    .as("the published warehouse after a kill at '%s'", stage).isEmpty();
        }

        assertThat(run(out, null)).as("the run after the kills").isZero();
        assertThat(differences(baseline, out.resolve("warehouse.duckdb"))).isEmpty();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(path -> out.relativize(path).toString()))
                    .noneMatch(name -> name.contains(".staging-") || name.contains(".previous-") || name.contains(".tmp"));
        }
    }

    /**
     * Runs {@code warehouse run} in a process of its own; with a stage, kills it (SIGKILL) once that
     * stage is under way. Returns the exit code.
     */
    private int run(Path out, String killAt) throws Exception {
        List<String> command = ChildJvm.command(List.of("-Xmx2g", "-Dwarehouse.log=" + folder.resolve("child.log")),
                Main.class.getName(), List.of("run", "--input", corpus.toString(), "--output", out.toString(),
                        "--preview-rows", "1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = builder.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STAGE_TIMEOUT_SECONDS);
            String line;
            while ((line = lines.readLine()) != null && System.nanoTime() < deadline) {
                if (killAt != null && line.contains(killAt)) {
                    if (!killAt.startsWith("publish")) {
                        Thread.sleep(1500); // into the stage's work, not at its first line
                    }
                    process.destroyForcibly();
                    break;
                }
            }
            drain(lines);
        }
        if (!process.waitFor(STAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("warehouse run did not end within " + STAGE_TIMEOUT_SECONDS + " s");
        }
        return process.exitValue();
    }

    private static void drain(BufferedReader lines) {
        try {
            while (lines.readLine() != null) {
                // the killed process's last output; read so that it never blocks on a full pipe
            }
        } catch (IOException ignored) {
            // the pipe closes with the process
        }
    }

    /** Tables whose rows differ between two warehouses; opening them proves them readable. */
    private static List<String> differences(Path first, Path second) throws Exception {
        List<String> differences = WarehouseDifferences.between(first, second);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + second + "' AS second (READ_ONLY)");
            assertThat(WarehouseDifferences.count(statement, "SELECT count(*) FROM second.documents")).isPositive();
        }
        return differences;
    }
}
