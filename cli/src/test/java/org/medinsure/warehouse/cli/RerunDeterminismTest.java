package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Running again on the same input gives the same warehouse: same ids, same rows, same values. */
@ExtendWith(SeedWarehouse.Extension.class)
class RerunDeterminismTest {
    @TempDir
    Path second;

    @Test
    void secondRunPublishesTheSameRows(SeedWarehouse seeds) throws Exception {
        Path first = seeds.database();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute("run", "--input", seeds.shared().resolve("seeds").toString(),
                "--output", second.toString())).isZero();

        Path published = second.resolve("warehouse.duckdb");
        assertThat(WarehouseDifferences.between(first, published)).isEmpty();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + published + "' AS second (READ_ONLY)");
            assertThat(WarehouseDifferences.count(statement, "SELECT count(*) FROM second.indicators")).isPositive();
        }
        // the reports too, but for the run each names as its source
        java.util.List<String> names;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(seeds.output().resolve("reports"))) {
            // the pages; not .report-digests, which names the lake's generation, new with every full build
            names = files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
        assertThat(names).hasSizeGreaterThan(1);
        for (String name : names) {
            assertThat(withoutRunId(second.resolve("reports").resolve(name))).as(name)
                    .isEqualTo(withoutRunId(seeds.output().resolve("reports").resolve(name)));
        }
    }

    /** A page or file's text with every run id masked: what two runs of the same input must agree on. */
    static String withoutRunId(Path report) throws java.io.IOException {
        return java.nio.file.Files.readString(report).replaceAll("\\d{8}T\\d{6}Z-[0-9a-f]{8}", "RUN");
    }
}
