package org.medinsure.warehouse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.medinsure.warehouse.ingest.testing.SharedFolder;
import org.junit.jupiter.api.Assumptions;
import picocli.CommandLine;

/**
 * {@code warehouse run} on the five seed documents (../shared/seeds), done once per test JVM and
 * shared by every test class that reads its warehouse: a Spark run costs half a minute. Test
 * classes get it as a parameter of their {@code @BeforeAll} method through {@link Extension}; the
 * output folder is deleted when the whole test run ends.
 *
 * <p>When the shared folder is absent, {@link #output()} skips the calling tests with an assumption
 * message; when the run fails, every caller sees the same failure, and the run is not repeated.
 */
public final class SeedWarehouse implements AutoCloseable {
    private final Path shared;
    private final Path output;
    private final int exitCode;
    private final String printed;

    private SeedWarehouse(Path shared, Path output, int exitCode, String printed) {
        this.shared = shared;
        this.output = output;
        this.exitCode = exitCode;
        this.printed = printed;
    }

    private static SeedWarehouse run() {
        Optional<Path> shared = SharedFolder.locate();
        if (shared.isEmpty()) {
            return new SeedWarehouse(null, null, -1, "");
        }
        try {
            Path output = Files.createTempDirectory("seed-warehouse");
            StringWriter out = new StringWriter();
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out));
            int exit = commandLine.execute("run", "--input", shared.get().resolve("seeds").toString(),
                    "--output", output.toString());
            return new SeedWarehouse(shared.get(), output, exit, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary output folder for the seed run", e);
        }
    }

    /** The shared folder (seeds, gold, docs); skips the caller's tests when it is absent. */
    public Path shared() {
        Assumptions.assumeTrue(shared != null,
                "../shared/seeds not found beside the repository: skipping the seed run");
        return shared;
    }

    /** The output folder of the run (lake, warehouse.duckdb, exports); skips the caller when there is none. */
    public Path output() {
        shared();
        return output;
    }

    public Path database() {
        return output().resolve("warehouse.duckdb");
    }

    public int exitCode() {
        return exitCode;
    }

    /** What {@code warehouse run} printed. */
    public String printed() {
        return printed;
    }

    @Override
    public void close() throws IOException {
        if (output != null) {
            deleteTree(output);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Resolves {@link SeedWarehouse} parameters from the root store: one run for the whole test JVM. */
    public static final class Extension extends OncePerJvm<SeedWarehouse> {
        public Extension() {
            super(SeedWarehouse.class, SeedWarehouse::run);
        }
    }
}
