package org.medinsure.warehouse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.medinsure.warehouse.cli.evaluate.Evaluation;
import org.medinsure.warehouse.cli.evaluate.EvaluationReport;
import org.medinsure.warehouse.cli.evaluate.GoldFile;
import org.medinsure.warehouse.cli.evaluate.KindResult;
import org.medinsure.warehouse.cli.evaluate.WarehouseFacts;
import org.medinsure.warehouse.exports.WarehouseConnections;
import org.medinsure.warehouse.generator.CorpusGenerator;
import org.medinsure.warehouse.generator.County;
import org.medinsure.warehouse.generator.CountyTable;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import org.medinsure.warehouse.ingest.spark.IngestJob;
import org.medinsure.warehouse.marts.lake.GoldTables;
import org.medinsure.warehouse.marts.duckdb.DuckDbMartsJob;
import org.medinsure.warehouse.marts.publish.DuckDbPublisher;
import org.medinsure.warehouse.transform.region.RegionGazetteer;

/**
 * The whole pipeline on a generated corpus of a given share of the country's counties over eight
 * years: per stage the seconds, MB/s and the peak heap; accuracy against the generator's gold; and
 * two baselines on the same files and lake, with our ratio to each: Spark alone reading and hashing
 * every file (the floor for ingest), and DuckDB computing the same marts from the same silver
 * Parquet. Then the dashboard queries against the published file.
 */
final class ScaleBench {
    private static final int FIRST_YEAR = 2018;
    private static final int LAST_YEAR = 2025;
    private static final int QUERY_REPEATS = 5;

    private final double percent;
    private final long seed;
    private final Path work;
    private final SparkOptions sparkOptions;
    private final KnowledgeOptions knowledge;
    private final PrintWriter out;

    ScaleBench(double percent, long seed, Path work, SparkOptions sparkOptions, KnowledgeOptions knowledge, PrintWriter out) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("--scale " + percent + "%: expected a share of the counties from 0 to 100 %");
        }
        this.percent = percent;
        this.seed = seed;
        this.work = Objects.requireNonNull(work, "work is null");
        this.sparkOptions = Objects.requireNonNull(sparkOptions, "sparkOptions is null");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge is null");
        this.out = Objects.requireNonNull(out, "out is null");
    }

    void run() throws Exception {
        List<County> all;
        try (InputStream in = RegionGazetteer.class.getResourceAsStream(RegionGazetteer.COUNTIES)) {
            all = CountyTable.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        int count = Math.max(1, (int) Math.round(all.size() * percent / 100));
        CorpusGenerator generator = new CorpusGenerator(seed);
        Path generated = work.resolve("generated");
        long started = System.nanoTime();
        List<County> counties = generator.select(all, count, Set.of());
        CorpusGenerator.Summary corpus = generator.generate(counties, FIRST_YEAR, LAST_YEAR, generated);
        out.printf(Locale.ROOT, "Corpus: %d counties (%.1f %% of %d), %d-%d: %d documents, %.1f MB, generated in %.1f s%n",
                count, percent, all.size(), FIRST_YEAR, LAST_YEAR, corpus.documents(), corpus.bytes() / 1e6,
                seconds(started));
        out.flush();

        OutputOptions output = new OutputOptions();
        output.output = work.resolve("out");
        output.storageVersion = DuckDbPublisher.DEFAULT_STORAGE_VERSION;
        String input = generated.resolve("corpus").toAbsolutePath().toString();
        RunFigures first;
        HeapPeak heap = new HeapPeak();
        try (Pipeline pipeline = new Pipeline(sparkOptions, output, knowledge); heap) {
            first = allStages(pipeline, input, corpus.bytes(), heap);
            out.printf(Locale.ROOT, "All stages:          %8.2f s%n", first.seconds());

            // the better of two runs: the first pays for Spark SQL's warm-up (planner, code generation),
            // which ingest, running no SQL, never pays
            double floor = Double.MAX_VALUE;
            long files = 0;
            for (int run = 0; run < 2; run++) {
                long floorStart = System.nanoTime();
                files = pipeline.spark().read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
                        .selectExpr("sha2(content, 256) AS hash").filter("hash IS NOT NULL").count();
                floor = Math.min(floor, seconds(floorStart));
            }
            out.printf(Locale.ROOT, "Baseline: Spark reads and hashes the %d files in %.2f s (%.1f MB/s, the better of two "
                    + "runs); ingest takes %.1f× that%n", files, floor, corpus.bytes() / 1e6 / floor, first.ingest() / floor);
        }
        duckDbMarts(output, first.marts());
        dashboardQueries(output);
        accuracy(generated.resolve("gold.jsonl"), output);
        out.flush();
        incremental(counties.get(counties.size() / 2), generated.resolve("corpus"), output, first.seconds());
    }

    /**
     * One county's documents replaced by those of another seed (other figures, other layouts, files
     * gone and new), then the same output run again: each stage's seconds, the whole run's against
     * the first, and the warehouse compared with a full rebuild of the changed corpus.
     */
    private void incremental(County county, Path corpus, OutputOptions output, double firstRun) throws Exception {
        Path replacement = work.resolve("replacement");
        new CorpusGenerator(seed + 1).generate(List.of(county), FIRST_YEAR, LAST_YEAR, replacement);
        String prefix = county.code() + "_";
        int removed = 0;
        int added = 0;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(corpus)) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith(prefix)).toList()) {
                java.nio.file.Files.delete(file);
                removed++;
            }
        }
        Path generatedCorpus = replacement.resolve("corpus");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(generatedCorpus)) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith(prefix)).toList()) {
                Path target = corpus.resolve(generatedCorpus.relativize(file).toString());
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.copy(file, target);
                added++;
            }
        }
        out.printf(Locale.ROOT, "Incremental: %s %s's %d files replaced by %d of another seed; the same output run again%n",
                county.code(), county.name(), removed, added);
        String input = corpus.toAbsolutePath().toString();
        double again;
        try (Pipeline pipeline = new Pipeline(sparkOptions, output, knowledge); HeapPeak heap = new HeapPeak()) {
            again = allStages(pipeline, input, 0, heap).seconds();
        }
        out.printf(Locale.ROOT, "Incremental run: %.2f s, %.1f× faster than the first run (%.2f s)%n", again,
                firstRun / again, firstRun);
        OutputOptions full = new OutputOptions();
        full.output = work.resolve("out-full");
        full.storageVersion = output.storageVersion;
        try (Pipeline pipeline = new Pipeline(sparkOptions, full, knowledge)) {
            pipeline.ingest(input, FileIngestor.Limits.DEFAULT, true);
            pipeline.transform();
            pipeline.buildMarts();
            pipeline.publish();
        }
        List<String> differences = WarehouseDifferences.between(output.database(), full.database());
        out.println("Incremental warehouse against a full rebuild of the changed corpus: " + (differences.isEmpty()
                ? "the same rows in every silver and gold table" : String.join("; ", differences)));
        out.flush();
    }

    /** A run's seconds in all, and of the two stages the baselines are compared with. */
    private record RunFigures(double seconds, double ingest, double marts) {
    }

    /**
     * Every stage of {@code warehouse run}, each timed and printed, with the run recorded before it is
     * published as the command records it.
     *
     * @param bytes the input's bytes, for ingest's MB/s; 0 when the run reads only some of them
     */
    private RunFigures allStages(Pipeline pipeline, String input, long bytes, HeapPeak heap) {
        long runStart = System.nanoTime();
        stage("spark session", () -> pipeline.spark(), 0, heap);
        IngestJob.Summary[] ingested = new IngestJob.Summary[1];
        double ingest = stage("ingest", () -> ingested[0] = pipeline.ingest(input, FileIngestor.Limits.DEFAULT), bytes, heap);
        IngestJob.Summary read = ingested[0];
        out.printf(Locale.ROOT, "  %d of %d files read%n", read.read(), read.files());
        stage("transform", () -> { pipeline.transform(); return null; }, 0, heap);
        double marts = stage("marts", () -> { pipeline.buildMarts(); return null; }, 0, heap);
        stage("publish", () -> { record(pipeline, input, read.read()); pipeline.publish(); return null; }, 0, heap);
        stage("export+reports", () -> { pipeline.exportsAndReports(); return null; }, 0, heap);
        return new RunFigures(seconds(runStart), ingest, marts);
    }

    /** The run's record, as {@code warehouse run} writes it before publishing. */
    private static void record(Pipeline pipeline, String input, long filesRead) {
        java.time.Instant now = java.time.Instant.now();
        pipeline.recordRun(RunCommand.newRunId(now), now, input, filesRead);
    }

    private double stage(String name, Supplier<?> work, long bytes, HeapPeak heap) {
        heap.reset();
        long started = System.nanoTime();
        work.get();
        double seconds = seconds(started);
        String rate = bytes == 0 ? "" : String.format(Locale.ROOT, " %8.2f MB/s", bytes / 1e6 / seconds);
        out.printf(Locale.ROOT, "Stage %-16s %8.2f s%s  peak heap %,d MB%n", name + ":", seconds, rate,
                heap.peak() / (1 << 20));
        out.flush();
        return seconds;
    }

    /** The mart SQL in an embedded DuckDB over the silver Parquet the Spark marts read. */
    private void duckDbMarts(OutputOptions output, double sparkSeconds) throws SQLException {
        Path lakeRoot = Path.of(output.lakeOutput(), "lake");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            DuckDbMartsJob.silverViews(statement, lakeRoot);
            long started = System.nanoTime();
            DuckDbMartsJob.computeMarts(statement, knowledge.thresholds());
            double duckDb = seconds(started);
            out.printf(Locale.ROOT, "Baseline: DuckDB computes the %d marts from the silver Parquet in %.2f s; the marts "
                    + "stage (%s) takes %.1f× that%n", GoldTables.ALL.size(), duckDb,
                    sparkOptions.martsInDuckDb(output.lakeOutput()) ? "DuckDB" : "Spark", sparkSeconds / duckDb);
        }
    }

    /** The dashboard queries on the published file, their median of several runs, for the largest province's data. */
    private void dashboardQueries(OutputOptions output) throws SQLException {
        try (Connection connection = WarehouseConnections.readOnly(output.database())) {
            String[] pick = new String[4];
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT province, programme, fiscal_year::VARCHAR, "
                         + "(SELECT county FROM mart_execution_rate GROUP BY county ORDER BY count(*) DESC, county LIMIT 1) "
                         + "FROM mart_per_capita_subsidy GROUP BY ALL ORDER BY count(*) DESC, 1, 2, 3 LIMIT 1")) {
                if (!row.next()) {
                    out.println("Dashboard queries: the per-capita mart is empty; nothing to time");
                    return;
                }
                for (int i = 0; i < 4; i++) {
                    pick[i] = row.getString(i + 1);
                }
            }
            for (DashboardQueries.Query query : DashboardQueries.of(pick[0], pick[1], Integer.parseInt(pick[2]),
                    pick[3] == null ? "" : pick[3])) {
                double[] times = new double[QUERY_REPEATS];
                int rows = 0;
                for (int repeat = 0; repeat < QUERY_REPEATS; repeat++) {
                    long started = System.nanoTime();
                    rows = 0;
                    try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                        for (int p = 0; p < query.parameters().size(); p++) {
                            statement.setObject(p + 1, query.parameters().get(p));
                        }
                        try (ResultSet result = statement.executeQuery()) {
                            while (result.next()) {
                                rows++;
                            }
                        }
                    }
                    times[repeat] = (System.nanoTime() - started) / 1e6;
                }
                Arrays.sort(times);
                out.printf(Locale.ROOT, "Dashboard query %-28s %7.1f ms median of %d (%d rows) %s%n", query.name() + ":",
                        times[QUERY_REPEATS / 2], QUERY_REPEATS, rows, query.parameters());
            }
        }
    }

    private void accuracy(Path gold, OutputOptions output) throws SQLException {
        GoldFile goldFile = GoldFile.read(gold);
        EvaluationReport report;
        try (Connection connection = WarehouseConnections.readOnly(output.database())) {
            report = Evaluation.evaluate(goldFile, WarehouseFacts.load(connection, goldFile.files()));
        }
        List<String> figures = new ArrayList<>();
        for (String kind : List.of("document", "project", "indicator", "budget_line", "total", "execution", "allocation")) {
            KindResult result = report.result(kind);
            figures.add(String.format(Locale.ROOT, "%s %.3f/%.3f", kind, result.precision(), result.recall()));
        }
        out.println("Accuracy (precision/recall against the generator's gold): " + String.join(", ", figures));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** The most heap in use while a stage runs, sampled every 20 ms. */
    private static final class HeapPeak implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;

        HeapPeak() {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void reset() {
            peak.set(memory.getHeapMemoryUsage().getUsed());
        }

        long peak() {
            return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
        }

        @Override
        public void close() {
            sampler.interrupt();
        }
    }
}
