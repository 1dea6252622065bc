package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medinsure.warehouse.ingest.testing.SharedFolder;
import picocli.CommandLine;

/**
 * {@code warehouse run} on the bundled sample corpus ({@code examples/corpus}), done once per test
 * JVM for the tests that open its outputs in the programs users open them in (the notebook, the
 * reports in a browser). Test methods get it as a parameter through {@link Extension}; the output
 * folder is deleted when the whole test run ends.
 */
public final class SampleWarehouse implements AutoCloseable {
    private final Path output;
    private final int exitCode;
    private final String printed;

    private SampleWarehouse(Path output, int exitCode, String printed) {
        this.output = output;
        this.exitCode = exitCode;
        this.printed = printed;
    }

    private static SampleWarehouse run() {
        try {
            Path output = Files.createTempDirectory("sample-warehouse");
            StringWriter out = new StringWriter();
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out));
            int exit = commandLine.execute("run", "--input",
                    SharedFolder.repositoryRoot().resolve("examples/corpus").toString(), "--output", output.toString(),
                    "--preview-rows", "1");
            return new SampleWarehouse(output, exit, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary output folder for the sample run", e);
        }
    }

    /** The output folder of the run (lake, warehouse.duckdb, exports, reports); fails the caller if the run did. */
    public Path output() {
        assertThat(exitCode).as("warehouse run on the sample corpus; it printed:%n%s", printed).isZero();
        return output;
    }

    @Override
    public void close() throws IOException {
        SeedWarehouse.deleteTree(output);
    }

    /** Resolves {@link SampleWarehouse} parameters from the root store: one run for the whole test JVM. */
    public static final class Extension extends OncePerJvm<SampleWarehouse> {
        public Extension() {
            super(SampleWarehouse.class, SampleWarehouse::run);
        }
    }
}
