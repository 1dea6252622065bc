package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run killed at any moment leaves in the output folder is put right by the next command
 * that writes there, and only one command writes there at a time. No Spark session is started:
 * the cleaning happens before any work.
 */
class OutputRecoveryTest {
    private static final String UUID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @TempDir
    Path out;

    private Pipeline pipeline() {
        OutputOptions output = new OutputOptions();
        output.output = out;
        SparkOptions spark = new SparkOptions();
        spark.master = "local[1]";
        return new Pipeline(spark, output, new KnowledgeOptions());
    }

    private Path folder(String relative, String file) throws IOException {
        Path folder = Files.createDirectories(out.resolve(relative));
        Files.writeString(folder.resolve(file), relative);
        return folder;
    }

    @Test
    void theLeftoversOfAKilledRunAreCleanedAndALayerMovedAsideIsRestored() throws IOException {
        folder("lake/bronze/documents", "part-0.parquet");
        folder("lake/.staging-bronze-" + UUID, "part-0.parquet");               // killed while writing bronze
        folder("lake/.previous-silver-" + UUID + "/indicators", "part-0.parquet"); // killed between the two renames
        folder("lake/.previous-bronze-" + UUID, "part-0.parquet");             // killed before deleting the old bronze
        Files.writeString(out.resolve(".warehouse.duckdb.tmp-" + UUID), "half a database");
        Files.writeString(out.resolve(".warehouse.duckdb.tmp-" + UUID + ".wal"), "its log");
        Files.writeString(out.resolve("warehouse.duckdb"), "the published one");
        folder(".exports.previous", "mart_region_year.csv");                   // exports moved aside, new ones never arrived
        folder(".exports.tmp", "half.csv");

        pipeline().close();

        assertThat(out.resolve("lake/silver/indicators/part-0.parquet")).hasContent("lake/.previous-silver-" + UUID
                + "/indicators");
        assertThat(out.resolve("lake/bronze/documents/part-0.parquet")).exists();
        assertThat(out.resolve("exports/mart_region_year.csv")).hasContent(".exports.previous");
        assertThat(out.resolve("warehouse.duckdb")).hasContent("the published one");
        try (Stream<Path> lake = Files.list(out.resolve("lake")); Stream<Path> top = Files.list(out)) {
            assertThat(lake.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("bronze", "silver");
            assertThat(top.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("lake", "exports", "warehouse.duckdb", OutputLock.FILE);
        }
    }

    @Test
    void aSecondWritingCommandOnTheSameOutputIsRefusedWhileTheFirstRuns() {
        try (Pipeline first = pipeline()) {
            assertThatThrownBy(this::pipeline).hasMessageContaining("Another warehouse command is writing to");
        }
        pipeline().close(); // free again once the first has ended
    }
}
