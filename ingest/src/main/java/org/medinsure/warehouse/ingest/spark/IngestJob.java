package org.medinsure.warehouse.ingest.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.medinsure.warehouse.ingest.check.DocumentChecks;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.lake.BronzeTables;
import org.medinsure.warehouse.ingest.lake.Lake;
import org.medinsure.warehouse.ingest.lake.LakeFileWriter;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import scala.Tuple2;

/**
 * Ingest: every file under the input root becomes a {@code documents} row, and the facts of each
 * distinct file (by content hash) become bronze rows with their file and line.
 */
public final class IngestJob {
    private static final Logger LOG = LogManager.getLogger(IngestJob.class);
    /** Input bytes of one bronze part at most: a part is the batch of documents a transform task holds. */
    private static final long BATCH_BYTES = 32L * 1024 * 1024;
    private final SparkSession spark;
    private final Lake lake;
    private final IngestKnowledge knowledge;
    private final FileIngestor.Limits limits;

    /** @param knowledge the vocabularies documents are read with; they travel to the executors with the job */
    public IngestJob(SparkSession spark, Lake lake, IngestKnowledge knowledge) {
        this(spark, lake, knowledge, FileIngestor.Limits.DEFAULT);
    }

    /** @param limits what one file may take before it is stopped and the run goes on */
    public IngestJob(SparkSession spark, Lake lake, IngestKnowledge knowledge, FileIngestor.Limits limits) {
        this.spark = Objects.requireNonNull(spark, "spark is null");
        this.lake = Objects.requireNonNull(lake, "lake is null");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge is null");
        this.limits = Objects.requireNonNull(limits, "limits is null");
    }

    /** Summary of one ingest run. */
    public record Summary(long files, long duplicates, long rejected, long projects, long budgetLines, long problems) {
    }

    public Summary run(String inputRoot) {
        StageTimer timer = new StageTimer("ingest");
        String root = qualifiedRoot(inputRoot);
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<InputFile> inputs = listInputs(root, hadoop);
        long total = inputs.size();
        LOG.info("ingest: {} files under {}", total, root);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long bytes = inputs.stream().mapToLong(InputFile::length).sum();
        // enough tasks to keep every core busy in even waves, and batches small enough for transform to hold one
        long cores = context.defaultParallelism();
        long byBytes = (bytes + BATCH_BYTES - 1) / BATCH_BYTES;
        int partitions = (int) Math.max(1, Math.min(total, Math.max(cores * 4, (byBytes + cores - 1) / cores * cores)));
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);
        IngestKnowledge words = knowledge;
        FileIngestor.Limits fileLimits = limits;
        LongAccumulator done = spark.sparkContext().longAccumulator("files read");
        org.apache.spark.broadcast.Broadcast<List<InputFile>> listing = context.broadcast(inputs);
        List<Integer> indices = java.util.stream.IntStream.range(0, inputs.size()).boxed().toList();
        CountAccumulators counts = new CountAccumulators(spark);

        try {
            lake.writeLayer(hadoop, BronzeTables.LAYER, staging -> {
                // one pass hashes every file; only (doc_id, path) pairs cross the shuffle, never file bytes; the
                // listing travels once per executor as a broadcast, and tasks carry only the indices they read
                JavaPairRDD<String, InputFile> byContent = context.parallelize(indices, partitions)
                        .mapToPair(index -> {
                            InputFile input = listing.value().get(index);
                            return new Tuple2<>(input.contentKey(conf.get()), input);
                        });
                try (Progress ignored = new Progress("ingest: files read", done, total)) {
                    byContent.groupByKey(partitions).foreachPartition(copies -> {
                        TaskContext task = TaskContext.get();
                        FileIngestor ingestor = new FileIngestor(words, fileLimits); // parsers are built where they run
                        BronzePartWriter part = new BronzePartWriter(staging, task.partitionId(), task.attemptNumber(),
                                conf.get(), DocumentChecks.load(words));
                        try {
                            // the same content always lands in the same order, so reruns write the same files
                            java.util.TreeMap<String, List<InputFile>> sorted = new java.util.TreeMap<>();
                            copies.forEachRemaining(group -> {
                                List<InputFile> paths = new ArrayList<>();
                                group._2().forEach(paths::add);
                                paths.sort(java.util.Comparator.comparing(InputFile::relativePath));
                                sorted.put(group._1(), paths);
                            });
                            for (List<InputFile> paths : sorted.values()) {
                                // the first path (in sort order) of each distinct content is its primary copy
                                InputFile primary = paths.get(0);
                                part.primary(primary.ingest(ingestor, conf.get(), fileLimits));
                                done.add(1);
                                for (InputFile copy : paths.subList(1, paths.size())) {
                                    part.duplicate(copy.ingest(ingestor, conf.get(), fileLimits), primary.relativePath());
                                    done.add(1);
                                }
                            }
                        } catch (java.io.IOException | RuntimeException e) {
                            part.abort();
                            throw e;
                        }
                        part.close();
                        counts.add(part.counts());
                    });
                }
                LakeFileWriter.removeAttemptLeftovers(new Path(staging), hadoop);
            });
        } finally {
            listing.destroy();
        }

        Summary summary = counts.summary(total);
        timer.done(summary.files() + " files (" + summary.duplicates() + " duplicates, " + summary.rejected()
                + " rejected), " + summary.projects() + " project forms, " + summary.budgetLines() + " budget lines, "
                + summary.problems() + " problems");
        return summary;
    }

    /** The summary's counts, added up by the tasks as they finish (once per successful task). */
    private static final class CountAccumulators implements java.io.Serializable {
        private final LongAccumulator duplicates;
        private final LongAccumulator rejected;
        private final LongAccumulator projects;
        private final LongAccumulator budgetLines;
        private final LongAccumulator problems;

        CountAccumulators(SparkSession spark) {
            duplicates = spark.sparkContext().longAccumulator("duplicates");
            rejected = spark.sparkContext().longAccumulator("rejected");
            projects = spark.sparkContext().longAccumulator("project forms");
            budgetLines = spark.sparkContext().longAccumulator("budget lines");
            problems = spark.sparkContext().longAccumulator("problems");
        }

        void add(BronzePartWriter.Counts counts) {
            duplicates.add(counts.duplicates());
            rejected.add(counts.rejected());
            projects.add(counts.projects());
            budgetLines.add(counts.budgetLines());
            problems.add(counts.problems());
        }

        Summary summary(long files) {
            return new Summary(files, duplicates.value(), rejected.value(), projects.value(), budgetLines.value(),
                    problems.value());
        }
    }

    /**
     * Lists the files to read, sorted by path: every file under the root but hidden ones (names
     * starting with {@code .} or {@code _}, as Spark's file sources skip them), empty files included.
     * Walks the folders with {@code listStatus} and reads only names, lengths and kinds:
     * {@code listFiles} builds a LocatedFileStatus per file, which asks the local file system for the
     * file's permissions, one {@code ls} process per file without Hadoop's native library.
     */
    static List<InputFile> listInputs(String root, Configuration conf) {
        try {
            Path rootPath = new Path(root);
            FileSystem fs = rootPath.getFileSystem(conf);
            String rootFolder = rootPath.toUri().getPath();
            String prefix = rootFolder.endsWith("/") ? rootFolder : rootFolder + "/";
            java.util.ArrayDeque<Path> folders = new java.util.ArrayDeque<>(List.of(rootPath));
            List<InputFile> inputs = new ArrayList<>();
            while (!folders.isEmpty()) {
                for (FileStatus status : fs.listStatus(folders.pop())) {
                    String name = status.getPath().getName();
                    if (name.startsWith(".") || name.startsWith("_")) {
                        continue;
                    }
                    if (status.isDirectory()) {
                        folders.push(status.getPath());
                        continue;
                    }
                    String path = status.getPath().toUri().getPath();
                    inputs.add(new InputFile(status.getPath().toUri().toString(),
                            path.startsWith(prefix) ? path.substring(prefix.length()) : path, status.getLen()));
                }
            }
            inputs.sort(java.util.Comparator.comparing(InputFile::relativePath));
            return inputs;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot list input folder " + root, e);
        }
    }

    private String qualifiedRoot(String inputRoot) {
        Path path = new Path(inputRoot);
        try {
            Path qualified = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path);
            if (!qualified.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(qualified)) {
                throw new IllegalArgumentException("Cannot find input folder: " + inputRoot);
            }
            return qualified.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot open input folder: " + inputRoot, e);
        }
    }
}
