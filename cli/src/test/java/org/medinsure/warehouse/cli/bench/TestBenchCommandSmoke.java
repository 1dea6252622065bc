package org.medinsure.warehouse.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.medinsure.warehouse.ingest.testing.SharedFolder;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.cli.Main;
import picocli.CommandLine;

/** {@code warehouse bench} runs and prints its figures in the documented format; no timing is asserted. */
class TestBenchCommandSmoke {
    private static final String FIGURES = "\\s+\\d+\\.\\d{2} MB/s\\s+\\d+\\.\\d files/s\\s+\\d+\\.\\d forms/s"
            + "\\s+\\d+\\.\\d{2} MB/cpu-s"
            + "\\s+\\(\\d+ files, \\d+\\.\\d{2} MB, \\d+\\.\\d{2} s\\)";

    @Test
    void printsMegabytesFilesAndFormsPerSecond() {
        Path corpus = SharedFolder.repositoryRoot().resolve("examples/corpus/山东省");
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));

        int exit = commandLine.execute("bench", "--input", corpus.toString(), "--seconds", "1",
                "--warmup-seconds", "0");

        assertThat(exit).as("output:%n%s", out).isZero();
        assertThat(out.toString().lines()).anyMatch(line -> line.matches("^all:" + FIGURES + " \\(\\d+ passes\\)$"))
                .anyMatch(line -> line.matches("^(declaration|budget|final_accounts|self_evaluation|mixed|unknown):"
                        + FIGURES + "$"));
    }

    @Test
    void refusesANonPositiveMeasuredTime() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute("bench", "--seconds", "0")).isEqualTo(1);
        assertThat(err.toString()).contains("the measured time must be positive");
    }
}
