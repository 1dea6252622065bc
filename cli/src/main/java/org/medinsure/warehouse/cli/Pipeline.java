package org.medinsure.warehouse.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.medinsure.warehouse.exports.ExportJob;
import org.medinsure.warehouse.exports.report.ReportJob;
import org.medinsure.warehouse.ingest.lake.Lake;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import org.medinsure.warehouse.ingest.spark.IngestJob;
import org.medinsure.warehouse.ingest.spark.SparkSessions;
import org.medinsure.warehouse.marts.duckdb.DuckDbMartsJob;
import org.medinsure.warehouse.marts.lake.GoldTables;
import org.medinsure.warehouse.marts.publish.DuckDbPublisher;
import org.medinsure.warehouse.marts.spark.MartsJob;
import org.medinsure.warehouse.transform.lake.SilverTables;
import org.medinsure.warehouse.transform.spark.TransformJob;

/**
 * The stages wired together. Stages pass data only through the lake, so each can run alone; a
 * SparkSession is opened lazily and shared by the stages of one command.
 */
public final class Pipeline implements AutoCloseable {
    private static final org.apache.logging.log4j.Logger LOG = org.apache.logging.log4j.LogManager.getLogger(Pipeline.class);
    /** How long a standalone master may take to accept a connection. */
    private static final java.time.Duration MASTER_TIMEOUT = java.time.Duration.ofSeconds(5);
    private final SparkOptions sparkOptions;
    private final OutputOptions output;
    private final KnowledgeOptions knowledge;
    private final Lake lake;
    private final OutputLock lock;
    private SparkSession spark;

    public Pipeline(SparkOptions sparkOptions, OutputOptions output, KnowledgeOptions knowledge) {
        this.sparkOptions = Objects.requireNonNull(sparkOptions, "sparkOptions is null");
        this.output = Objects.requireNonNull(output, "output is null");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge is null");
        // what would fail late, after minutes of work, is checked before any starts
        output.checkWritable();
        MasterUrl.check(sparkOptions.master, MASTER_TIMEOUT);
        this.lake = new Lake(output.lakeOutput());
        this.lock = OutputLock.acquire(output.output);
        try {
            List<String> recovered = new java.util.ArrayList<>(lake.recover(
                    org.medinsure.warehouse.ingest.lake.NioLocalFileSystem.configure(new org.apache.hadoop.conf.Configuration())));
            recovered.addAll(DuckDbPublisher.removeLeftovers(output.database()));
            recovered.addAll(ExportJob.recover(output.exports()));
            recovered.addAll(ReportJob.recover(output.reports()));
            recovered.forEach(what -> LOG.info("output: {} (left by an interrupted run)", what));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The session the stages share, started on first use. */
    SparkSession spark() {
        if (spark == null) {
            spark = SparkSessions.create(sparkOptions.master, sparkOptions.conf);
        }
        return spark;
    }

    public IngestJob.Summary ingest(String input, FileIngestor.Limits limits) {
        return ingest(input, limits, false);
    }

    /** @param full read every file again, not only those changed since the last run */
    public IngestJob.Summary ingest(String input, FileIngestor.Limits limits, boolean full) {
        return new IngestJob(spark(), lake, knowledge.ingestKnowledge(), limits, knowledge.digest()).run(input, full);
    }

    public void transform() {
        new TransformJob(spark(), lake, knowledge.gazetteer(), knowledge.normaliser(), knowledge.digest()).run();
    }

    public void marts() {
        buildMarts();
        publish();
    }

    /** The marts written to the lake, not yet published. */
    public void buildMarts() {
        if (sparkOptions.martsInDuckDb(output.lakeOutput())) {
            new DuckDbMartsJob(lake, Path.of(output.lakeOutput(), "lake"), knowledge.thresholds()).run();
        } else {
            new MartsJob(spark(), lake, knowledge.thresholds()).run();
        }
    }

    /** Records a run whose stages have all written the lake; published with the next {@link #publish}. */
    RunLog.Run recordRun(String runId, java.time.Instant startedAt, String inputRoot, long filesRead) {
        String root = inputRoot.contains("://") ? inputRoot : Path.of(inputRoot).toAbsolutePath().normalize().toString();
        RunLog.Run run = RunLog.measure(Path.of(output.lakeOutput(), "lake"), runId, startedAt, root, filesRead,
                WarehouseCommand.VERSION, knowledge.versions());
        RunLog.write(Path.of(output.lakeOutput(), "lake"), run);
        return run;
    }

    public void publish() {
        List<LakeTable> tables = new java.util.ArrayList<>(SilverTables.ALL);
        tables.addAll(GoldTables.ALL);
        tables.add(RunLog.RUNS);
        // rows of an unchanged document are the same when silver is of the same generation and fingerprint
        String silver = lake.layerPath(SilverTables.LAYER);
        String state = org.medinsure.warehouse.ingest.lake.LayerState.read(silver,
                        org.medinsure.warehouse.ingest.lake.NioLocalFileSystem.configure(new org.apache.hadoop.conf.Configuration()))
                .map(layer -> layer.generation() + " " + layer.fingerprint()).orElse(null);
        new DuckDbPublisher(Path.of(output.lakeOutput(), "lake"), output.storageVersion)
                .publish(tables, output.database(), SilverTables.DOCUMENTS, state);
    }

    /**
     * The exports and every province-year's report (into {@code <output>/reports}), written at the
     * same time: both only read the published warehouse, each swaps its own folder in, and the
     * workbook, the exports' longest part, keeps one core busy while the other serves the rest.
     * A failure of either is thrown once both have ended, so that the other still finishes.
     */
    public void exportsAndReports() {
        ExportJob exports = new ExportJob(output.database(), output.exports(), knowledge.thresholds().values(),
                knowledge.exportKnowledge(), knowledge.digest());
        ReportJob reports = new ReportJob(output.database(), knowledge.thresholds().values(), knowledge.exportKnowledge(),
                knowledge.digest());
        Concurrently.run(exports::run, () -> reports.writeAll(output.reports()), "reports");
    }

    @Override
    public void close() {
        try {
            if (spark != null) {
                spark.stop();
            }
        } finally {
            lock.close();
        }
    }
}
