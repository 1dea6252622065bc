package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.medinsure.warehouse.ingest.lake.BronzeTables;
import org.medinsure.warehouse.ingest.lake.LakeFileReader;
import org.medinsure.warehouse.ingest.lake.LayerState;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import org.medinsure.warehouse.ingest.spark.IngestJob;
import org.medinsure.warehouse.ingest.testing.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A run into an output that holds the last run's warehouse reads only the files that changed since
 * (and the other copies of their contents), and publishes the warehouse a full rebuild would.
 */
class IncrementalRunTest {
    private static final Configuration HADOOP = new Configuration();
    private static final String SHANDONG = "generated/山东省/";

    @TempDir
    Path root;

    @Test
    void secondRunReadsOnlyWhatChangedAndPublishesWhatAFullRebuildWould() throws Exception {
        Path corpus = root.resolve("corpus");
        copyTree(SharedFolder.repositoryRoot().resolve("examples/corpus"), corpus);
        Path output = root.resolve("out");
        run(corpus, output, false);
        LayerState first = bronzeState(output);

        // a budget corrected, a satisfaction target lowered (the same size: only the time tells), a final
        // account re-saved with other bytes, one withdrawn, two copies of unchanged files (one under
        // another name, one in another folder) and a new empty file
        Path corrected = corpus.resolve(SHANDONG + "371428_武城县_2021_部门预算.txt");
        Files.writeString(corrected, Files.readString(corrected).replace("合计", "合  计"), StandardCharsets.UTF_8);
        Path lowered = corpus.resolve(SHANDONG + "371621_惠民县_2022_项目支出绩效目标申报表.md");
        String declaration = Files.readString(lowered);
        assertThat(declaration).contains("≥97%");
        Files.writeString(lowered, declaration.replace("≥97%", "≥85%"), StandardCharsets.UTF_8);
        Path resaved = corpus.resolve(SHANDONG + "371428_武城县_2022_部门决算.txt");
        Files.writeString(resaved, " " + Files.readString(resaved), StandardCharsets.UTF_8);
        Files.delete(corpus.resolve(SHANDONG + "371621_惠民县_2021_部门决算.txt"));
        Files.copy(corpus.resolve(SHANDONG + "371428_武城县_2023_部门预算.txt"), corpus.resolve("generated/河南省/copy.txt"));
        Files.copy(corpus.resolve(SHANDONG + "371621_惠民县_2023_部门预算.md"), corpus.resolve("zz_copy.md"));
        Files.createFile(corpus.resolve("bad/empty-too.txt"));

        run(corpus, output, false);
        LayerState second = bronzeState(output);
        assertThat(second.generation()).isEqualTo(first.generation());
        // read: the three changed files, both copies and their originals, both empty files
        assertThat(pathsIn(output, second, first.nextPart())).containsExactlyInAnyOrder(
                SHANDONG + "371428_武城县_2021_部门预算.txt", SHANDONG + "371621_惠民县_2022_项目支出绩效目标申报表.md", SHANDONG + "371428_武城县_2022_部门决算.txt",
                SHANDONG + "371428_武城县_2023_部门预算.txt", "generated/河南省/copy.txt",
                SHANDONG + "371621_惠民县_2023_部门预算.md", "zz_copy.md", "bad/empty.txt", "bad/empty-too.txt");
        assertThat(query(output, "SELECT files_seen, files_read FROM runs ORDER BY started_at DESC LIMIT 1"))
                .isEqualTo("109|9");
        // parts that held none of those contents are kept as they were
        assertThat(second.parts().entrySet()).containsAnyElementsOf(first.parts().entrySet());

        Path full = root.resolve("full");
        run(corpus, full, true);
        assertThat(WarehouseDifferences.between(output.resolve("warehouse.duckdb"), full.resolve("warehouse.duckdb")))
                .isEmpty();
        assertThat(pathsIn(full, bronzeState(full), 0)).hasSize(109);
        // the reports (kept for provinces whose documents did not change) and the exports are a full rebuild's
        for (String folder : List.of("reports", "exports")) {
            List<String> names = names(full.resolve(folder));
            assertThat(names(output.resolve(folder))).as(folder).isEqualTo(names).isNotEmpty();
            for (String name : names.stream().filter(name -> name.endsWith(".html") || name.endsWith(".csv")).toList()) {
                assertThat(RerunDeterminismTest.withoutRunId(output.resolve(folder).resolve(name))).as(name)
                        .isEqualTo(RerunDeterminismTest.withoutRunId(full.resolve(folder).resolve(name)));
            }
        }

        // nothing changed: nothing read, the bronze layer as it was
        run(corpus, output, false);
        assertThat(bronzeState(output)).isEqualTo(second);
        assertThat(WarehouseDifferences.between(output.resolve("warehouse.duckdb"), full.resolve("warehouse.duckdb")))
                .isEmpty();
    }

    @Test
    void aPartWhoseEveryDocumentChangedIsGoneAndTheWarehouseIsStillAFullRebuilds() throws Exception {
        Path corpus = root.resolve("small");
        Files.createDirectories(corpus);
        List<Path> henan;
        try (Stream<Path> files = Files.list(SharedFolder.repositoryRoot().resolve("examples/corpus/generated/河南省"))) {
            henan = files.sorted().limit(6).toList();
        }
        for (Path file : henan) {
            Files.copy(file, corpus.resolve(file.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path output = root.resolve("small-out");
        run(corpus, output, false);
        LayerState first = bronzeState(output);
        assertThat(first.parts()).hasSize(2);
        String emptied = first.parts().keySet().iterator().next();
        Set<String> paths = pathsOf(output, emptied);
        assertThat(paths).isNotEmpty();
        for (String path : paths) {
            Files.writeString(corpus.resolve(path), Files.readString(corpus.resolve(path)) + "\n", StandardCharsets.UTF_8);
        }

        run(corpus, output, false);
        LayerState second = bronzeState(output);
        String other = first.parts().keySet().stream().filter(part -> !part.equals(emptied)).findFirst().orElseThrow();
        assertThat(second.parts()).doesNotContainKey(emptied).containsEntry(other, first.parts().get(other));
        assertThat(pathsIn(output, second, first.nextPart())).isEqualTo(paths);
        assertThat(Files.exists(output.resolve("lake/bronze/documents").resolve(emptied))).isFalse();
        assertThat(Files.exists(output.resolve("lake/bronze/checks").resolve(emptied))).isFalse();
        Path full = root.resolve("small-full");
        run(corpus, full, true);
        assertThat(WarehouseDifferences.between(output.resolve("warehouse.duckdb"), full.resolve("warehouse.duckdb")))
                .isEmpty();
    }

    @Test
    void aFileStoppedAtTheTimeLimitIsReadAgainByTheNextRunThoughUnchanged() throws Exception {
        Path corpus = root.resolve("limited");
        Files.createDirectories(corpus);
        // ~800 kB of form lines: far more than a millisecond to read, whatever the machine
        Files.writeString(corpus.resolve("slow.txt"), "项目名称\t城乡医疗救助\n".repeat(20_000), StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(SharedFolder.repositoryRoot().resolve("examples/corpus/generated/河南省"))) {
            for (Path file : files.sorted().limit(2).toList()) {
                Files.copy(file, corpus.resolve(file.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path output = root.resolve("limited-out");
        FileIngestor.Limits limits = new FileIngestor.Limits(java.time.Duration.ofMillis(1),
                FileIngestor.Limits.DEFAULT.maxBytes());
        ingest(corpus, output, limits);
        LayerState first = bronzeState(output);
        Set<String> stopped = stoppedAtTimeLimit(output, first);
        assertThat(stopped).contains("slow.txt");

        // no file changed, the same limits: only what was stopped is read again (and may be stopped again)
        long read = ingest(corpus, output, limits).read();
        LayerState second = bronzeState(output);
        assertThat(second.generation()).isEqualTo(first.generation());
        assertThat(read).isEqualTo(stopped.size());
        assertThat(pathsIn(output, second, first.nextPart())).isEqualTo(stopped);
    }

    private IngestJob.Summary ingest(Path corpus, Path output, FileIngestor.Limits limits) {
        OutputOptions options = new OutputOptions();
        options.output = output;
        SparkOptions spark = new SparkOptions();
        spark.master = "local[2]";
        try (Pipeline pipeline = new Pipeline(spark, options, new KnowledgeOptions())) {
            return pipeline.ingest(corpus.toString(), limits);
        }
    }

    /** The files whose reading the run stopped at the time limit, by their problems. */
    private static Set<String> stoppedAtTimeLimit(Path output, LayerState state) throws IOException {
        Set<String> paths = new TreeSet<>();
        for (String part : state.parts().keySet()) {
            Path file = output.resolve("lake/bronze/problems").resolve(part);
            LakeFileReader.read(BronzeTables.PROBLEMS, new org.apache.hadoop.fs.Path(file.toUri()), HADOOP).stream()
                    .filter(row -> FileIngestor.TIME_LIMIT.equals(row.get("check")))
                    .forEach(row -> paths.add((String) row.get("source_path")));
        }
        return paths;
    }

    private static Set<String> pathsOf(Path output, String part) throws IOException {
        Set<String> paths = new TreeSet<>();
        Path file = output.resolve("lake/bronze/documents").resolve(part);
        LakeFileReader.read(BronzeTables.DOCUMENTS, new org.apache.hadoop.fs.Path(file.toUri()), HADOOP)
                .forEach(row -> paths.add((String) row.get("source_path")));
        return paths;
    }

    private static void run(Path corpus, Path output, boolean full) {
        CommandLine commandLine = Main.commandLine();
        StringWriter printed = new StringWriter();
        commandLine.setOut(new PrintWriter(printed));
        String[] arguments = full
                ? new String[]{"run", "--full", "--input", corpus.toString(), "--output", output.toString()}
                : new String[]{"run", "--input", corpus.toString(), "--output", output.toString()};
        assertThat(commandLine.execute(arguments)).as("warehouse run printed:%n%s", printed).isZero();
    }

    private static LayerState bronzeState(Path output) {
        return LayerState.read(output.resolve("lake/bronze").toString(), HADOOP).orElseThrow();
    }

    /** The source paths of the documents in the bronze parts numbered {@code from} and above: the files a run read. */
    private static Set<String> pathsIn(Path output, LayerState state, int from) throws IOException {
        Set<String> paths = new TreeSet<>();
        for (Map.Entry<String, String> part : state.parts().entrySet()) {
            if (LayerState.partNumber(part.getKey()) >= from) {
                paths.addAll(pathsOf(output, part.getKey()));
            }
        }
        return paths;
    }

    private static String query(Path output, String sql) throws Exception {
        try (java.sql.Connection connection = org.medinsure.warehouse.exports.WarehouseConnections.readOnly(
                output.resolve("warehouse.duckdb"));
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1) + "|" + result.getString(2);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
