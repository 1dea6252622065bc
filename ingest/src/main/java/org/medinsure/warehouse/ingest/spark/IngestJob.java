package org.medinsure.warehouse.ingest.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
import org.medinsure.warehouse.ingest.lake.Fingerprint;
import org.medinsure.warehouse.ingest.lake.LakeFileReader;
import org.medinsure.warehouse.ingest.lake.LayerState;
import org.medinsure.warehouse.ingest.lake.PartFilter;
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
    /** Parts beyond twice a full read's that incremental runs may leave before the layer is read again whole. */
    private static final int COMPACT_SLACK = 8;
    private final SparkSession spark;
    private final Lake lake;
    private final IngestKnowledge knowledge;
    private final FileIngestor.Limits limits;
    private final String knowledgeDigest;

    /** @param knowledge the vocabularies documents are read with; they travel to the executors with the job */
    public IngestJob(SparkSession spark, Lake lake, IngestKnowledge knowledge) {
        this(spark, lake, knowledge, FileIngestor.Limits.DEFAULT);
    }

    /**
     * @param limits what one file may take before it is stopped and the run goes on; the files of
     *     the last run are read again, as nothing says which knowledge they were read with
     */
    public IngestJob(SparkSession spark, Lake lake, IngestKnowledge knowledge, FileIngestor.Limits limits) {
        this(spark, lake, knowledge, limits, Fingerprint.unique());
    }

    /**
     * @param knowledgeDigest what the knowledge was loaded from beyond the bundled files (see
     *     {@link Fingerprint#ofFolder}): files unchanged since a run with the same digest and code are not read again
     */
    public IngestJob(SparkSession spark, Lake lake, IngestKnowledge knowledge, FileIngestor.Limits limits,
                     String knowledgeDigest) {
        this.spark = Objects.requireNonNull(spark, "spark is null");
        this.lake = Objects.requireNonNull(lake, "lake is null");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge is null");
        this.limits = Objects.requireNonNull(limits, "limits is null");
        this.knowledgeDigest = Objects.requireNonNull(knowledgeDigest, "knowledgeDigest is null");
    }

    /**
     * Summary of one ingest run.
     *
     * @param files every input file
     * @param read  the files read by this run; the others were unchanged since the last run, and
     *              their facts were kept. The counts that follow are of the files read.
     */
    public record Summary(long files, long read, long duplicates, long rejected, long projects, long budgetLines,
                          long problems) {
    }

    /** Reads what changed since the last run into the bronze layer (everything, the first time). */
    public Summary run(String inputRoot) {
        return run(inputRoot, false);
    }

    /**
     * @param full read every file again, whatever the last run read (as when the code or the
     *             vocabularies changed, which the layer's fingerprint tells without being asked)
     */
    public Summary run(String inputRoot, boolean full) {
        StageTimer timer = new StageTimer("ingest");
        String root = qualifiedRoot(inputRoot);
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<InputFile> inputs = listInputs(root, hadoop);
        LOG.info("ingest: {} files under {}", inputs.size(), root);
        String fingerprint = Fingerprint.of(IngestJob.class, knowledgeDigest, limits.toString());
        String layer = lake.layerPath(BronzeTables.LAYER);
        Optional<LayerState> previous = full ? Optional.empty() : LayerState.read(layer, hadoop)
                .filter(state -> state.fingerprint().equals(fingerprint));
        // each incremental run adds a part or two; once they are many more than a full read makes, the layer is made again
        long bytes = inputs.stream().mapToLong(InputFile::length).sum();
        int fullRead = partitions(bytes, inputs.size(), spark.sparkContext().defaultParallelism());
        int compact = 2 * fullRead + COMPACT_SLACK;
        Optional<IngestPlan> plan = previous.filter(state -> state.parts().size() < compact)
                .flatMap(state -> recorded(state, hadoop)).map(recorded -> new IngestPlan(inputs, recorded));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        CountAccumulators counts = new CountAccumulators(spark);
        if (plan.isEmpty()) {
            LOG.info("ingest: reading every file ({})", full ? "asked for" : previous.isEmpty()
                    ? "no bronze layer of this code and these vocabularies" : previous.get().parts().size() >= compact
                    ? "the last runs left " + previous.get().parts().size() + " parts; one read makes " + fullRead
                    : "the last bronze layer cannot be read");
            List<Integer> all = java.util.stream.IntStream.range(0, inputs.size()).boxed().toList();
            lake.writeLayer(hadoop, BronzeTables.LAYER, staging -> {
                Map<String, String> parts = ingest(context, inputs, all, 0, staging, counts);
                int next = parts.keySet().stream().mapToInt(LayerState::partNumber).max().orElse(-1) + 1;
                new LayerState(java.util.UUID.randomUUID().toString(), fingerprint, parts, next).write(staging, hadoop);
            });
        } else if (plan.get().unchanged()) {
            LOG.info("ingest: no file changed since the last run; the bronze layer is kept as it is");
        } else {
            incremental(context, inputs, plan.get(), previous.get(), counts);
        }
        Summary summary = counts.summary(inputs.size());
        timer.done(summary.files() + " files, " + summary.read() + " read (" + summary.duplicates() + " duplicates, "
                + summary.rejected() + " rejected, " + summary.projects() + " project forms, " + summary.budgetLines()
                + " budget lines, " + summary.problems() + " problems)"
                + (summary.read() < summary.files() ? "; " + (summary.files() - summary.read())
                + " unchanged since the last run, kept" : ""));
        return summary;
    }

    /** Reads the changed files into new parts and carries the other parts over, less the contents read again. */
    private void incremental(JavaSparkContext context, List<InputFile> inputs, IngestPlan plan, LayerState previous,
                             CountAccumulators counts) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);
        List<Integer> changed = plan.changed();
        org.apache.spark.broadcast.Broadcast<List<InputFile>> listing = context.broadcast(inputs);
        Map<Integer, String> keys = new java.util.HashMap<>();
        try {
            context.parallelize(changed, Math.max(1, Math.min(changed.size(), context.defaultParallelism())))
                    .mapToPair(index -> new Tuple2<>(index, listing.value().get(index).contentKey(conf.get())))
                    .collect().forEach(pair -> keys.put(pair._1(), pair._2()));
        } finally {
            listing.destroy();
        }
        IngestPlan.Work work = plan.work(keys, previous.parts().keySet());
        LOG.info("ingest: {} files new or changed and {} gone since the last run{}; reading {} files, rewriting {} of {} "
                        + "parts without the contents read again", changed.size() - plan.stopped(), plan.removed().size(),
                plan.stopped() == 0 ? "" : ", " + plan.stopped() + " unchanged but stopped at a time or memory limit then",
                work.read().size(), work.partsToFilter().size(), previous.parts().size());
        String old = lake.layerPath(BronzeTables.LAYER);
        int firstPart = previous.nextPart();
        lake.writeLayer(hadoop, BronzeTables.LAYER, staging -> {
            Map<String, String> parts = new TreeMap<>();
            Set<String> dropped = work.dropped();
            PartFilter carrier = new PartFilter(BronzeTables.ALL, BronzeTables.DOCUMENTS);
            List<PartFilter.Work> tasks = carrier.work(work.partsToKeep(), work.partsToFilter());
            List<Tuple2<String, List<String>>> left = context.parallelize(tasks, Math.max(1, tasks.size()))
                    .map(task -> new Tuple2<>(task.part(), carrier.carry(task, old, staging, doc -> !dropped.contains(doc),
                            TaskContext.get().attemptNumber(), conf.get())))
                    .filter(result -> !result._2().isEmpty()).collect();
            work.partsToKeep().forEach(part -> parts.put(part, previous.parts().get(part)));
            Map<String, List<String>> documentsLeft = new TreeMap<>();
            left.forEach(result -> documentsLeft.put(result._1(), result._2()));
            for (String part : work.partsToFilter()) {
                if (documentsLeft.containsKey(part)) {
                    parts.put(part, LayerState.batchId(documentsLeft.get(part)));
                } else {
                    carrier.remove(staging, part, hadoop); // every document of the part is read again: the part is gone
                }
            }
            LakeFileWriter.removeAttemptLeftovers(new Path(staging), hadoop);
            Map<String, String> added = ingest(context, inputs, work.read(), firstPart, staging, counts);
            parts.putAll(added);
            int next = Math.max(firstPart, added.keySet().stream().mapToInt(LayerState::partNumber).max().orElse(-1) + 1);
            new LayerState(previous.generation(), previous.fingerprint(), parts, next).write(staging, hadoop);
        });
    }

    /**
     * Reads the files at {@code indices} of the listing into parts numbered from {@code firstPart}:
     * one pass hashes them; only (content key, file) pairs cross the shuffles, never file bytes; every
     * copy of a content goes to the part of its first path, and parts hold ranges of paths, so that
     * the documents of a county (whose names sort together) share a part and a change to them
     * rewrites few parts. The listing travels once per executor as a broadcast.
     *
     * @return the batch id of every part written
     */
    private Map<String, String> ingest(JavaSparkContext context, List<InputFile> inputs, List<Integer> indices,
                                       int firstPart, String staging, CountAccumulators counts) {
        Map<String, String> parts = new TreeMap<>();
        if (indices.isEmpty()) {
            return parts;
        }
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        long bytes = indices.stream().mapToLong(index -> inputs.get(index).length()).sum();
        int partitions = partitions(bytes, indices.size(), context.defaultParallelism());
        PathRanges ranges = PathRanges.of(indices.stream().map(inputs::get).toList(), partitions);
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);
        IngestKnowledge words = knowledge;
        FileIngestor.Limits fileLimits = limits;
        LongAccumulator done = spark.sparkContext().longAccumulator("files read");
        org.apache.spark.broadcast.Broadcast<List<InputFile>> listing = context.broadcast(inputs);
        try (Progress ignored = new Progress("ingest: files read", done, indices.size())) {
            JavaPairRDD<String, InputFile> byContent = context.parallelize(indices, partitions)
                    .mapToPair(index -> {
                        InputFile input = listing.value().get(index);
                        return new Tuple2<>(input.contentKey(conf.get()), input);
                    });
            List<Tuple2<String, String>> written = byContent.groupByKey(partitions)
                    .mapToPair(group -> {
                        List<InputFile> paths = new ArrayList<>();
                        group._2().forEach(paths::add);
                        paths.sort(java.util.Comparator.comparing(InputFile::relativePath));
                        return new Tuple2<>(paths.get(0).relativePath(), paths);
                    })
                    .repartitionAndSortWithinPartitions(ranges)
                    .mapPartitions(copies -> {
                        TaskContext task = TaskContext.get();
                        int part = firstPart + task.partitionId();
                        FileIngestor ingestor = new FileIngestor(words, fileLimits); // parsers are built where they run
                        BronzePartWriter writer = new BronzePartWriter(staging, part, task.attemptNumber(), conf.get(),
                                DocumentChecks.load(words));
                        try {
                            // contents arrive sorted by their first path, so reruns write the same files
                            while (copies.hasNext()) {
                                List<InputFile> paths = copies.next()._2();
                                // the first path (in sort order) of each distinct content is its primary copy
                                InputFile primary = paths.get(0);
                                writer.primary(primary.ingest(ingestor, conf.get(), fileLimits), primary.modified());
                                done.add(1);
                                for (InputFile copy : paths.subList(1, paths.size())) {
                                    writer.duplicate(copy.ingest(ingestor, conf.get(), fileLimits), primary.relativePath(),
                                            copy.modified());
                                    done.add(1);
                                }
                            }
                        } catch (java.io.IOException | RuntimeException e) {
                            writer.abort();
                            throw e;
                        }
                        writer.close();
                        counts.add(writer.counts());
                        return List.of(new Tuple2<>(LayerState.partName(part), writer.batchId())).iterator();
                    }).collect();
            written.forEach(pair -> parts.put(pair._1(), pair._2()));
            LakeFileWriter.removeAttemptLeftovers(new Path(staging), hadoop);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot write bronze parts into " + staging, e);
        } finally {
            listing.destroy();
        }
        return parts;
    }

    /**
     * How many parts a read of {@code files} files of {@code bytes} takes: enough tasks to keep every
     * core busy in even waves (but few for a few files), and batches small enough for transform to hold one.
     */
    private static int partitions(long bytes, int files, long cores) {
        long byBytes = (bytes + BATCH_BYTES - 1) / BATCH_BYTES;
        return (int) Math.max(1, Math.min(files, Math.max(Math.min(cores * 4, files / 64 + 1),
                (byBytes + cores - 1) / cores * cores)));
    }

    /**
     * Every file the bronze layer holds, with its part, from the parts' documents files; empty when
     * one cannot be read (the layer is then rebuilt, not trusted).
     */
    private Optional<List<IngestPlan.Recorded>> recorded(LayerState state, Configuration conf) {
        List<IngestPlan.Recorded> recorded = new ArrayList<>();
        Path folder = new Path(lake.tablePath(BronzeTables.DOCUMENTS));
        try {
            Set<String> stopped = stoppedAtLimit(state, conf);
            for (String part : state.parts().keySet()) {
                for (Map<String, Object> row : LakeFileReader.read(BronzeTables.DOCUMENTS, new Path(folder, part), conf,
                        List.of("doc_id", "source_path", "size_bytes", "file_modified"))) {
                    Long size = (Long) row.get("size_bytes");
                    Long modified = (Long) row.get("file_modified");
                    if (size == null || modified == null) {
                        return Optional.empty();
                    }
                    String docId = (String) row.get("doc_id");
                    recorded.add(new IngestPlan.Recorded((String) row.get("source_path"), docId, size, modified, part,
                            stopped.contains(docId)));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("ingest: cannot read what the last run recorded under {} ({}); every file is read again", folder,
                    e.toString());
            return Optional.empty();
        }
        return Optional.of(recorded);
    }

    /** The documents whose reading the last runs stopped at a time or memory limit, from their problems. */
    private Set<String> stoppedAtLimit(LayerState state, Configuration conf) throws java.io.IOException {
        Set<String> stopped = new java.util.HashSet<>();
        Path folder = new Path(lake.tablePath(BronzeTables.PROBLEMS));
        for (String part : state.parts().keySet()) {
            for (Map<String, Object> row : LakeFileReader.read(BronzeTables.PROBLEMS, new Path(folder, part), conf,
                    List.of("doc_id", "check"))) {
                if (FileIngestor.stoppedAtLimit(row.get("check"))) {
                    stopped.add((String) row.get("doc_id"));
                }
            }
        }
        return stopped;
    }

    /** The summary's counts, added up by the tasks as they finish (once per successful task). */
    private static final class CountAccumulators implements java.io.Serializable {
        private final LongAccumulator read;
        private final LongAccumulator duplicates;
        private final LongAccumulator rejected;
        private final LongAccumulator projects;
        private final LongAccumulator budgetLines;
        private final LongAccumulator problems;

        CountAccumulators(SparkSession spark) {
            read = spark.sparkContext().longAccumulator("documents written");
            duplicates = spark.sparkContext().longAccumulator("duplicates");
            rejected = spark.sparkContext().longAccumulator("rejected");
            projects = spark.sparkContext().longAccumulator("project forms");
            budgetLines = spark.sparkContext().longAccumulator("budget lines");
            problems = spark.sparkContext().longAccumulator("problems");
        }

        void add(BronzePartWriter.Counts counts) {
            read.add(counts.documents());
            duplicates.add(counts.duplicates());
            rejected.add(counts.rejected());
            projects.add(counts.projects());
            budgetLines.add(counts.budgetLines());
            problems.add(counts.problems());
        }

        Summary summary(long files) {
            return new Summary(files, read.value(), duplicates.value(), rejected.value(), projects.value(),
                    budgetLines.value(), problems.value());
        }
    }

    /**
     * Lists the files to read, sorted by path: every file under the root but hidden ones (names
     * starting with {@code .} or {@code _}, as Spark's file sources skip them), empty files included.
     * A local folder is walked with java.nio, which reads each file's attributes in one call where
     * Hadoop's local file system makes several (67,707 files: 0.5 s against 1.4–3 s); any other file
     * system through Hadoop.
     */
    static List<InputFile> listInputs(String root, Configuration conf) {
        Path rootPath = new Path(root);
        try {
            List<InputFile> inputs = "file".equals(rootPath.toUri().getScheme()) ? listLocal(rootPath)
                    : listThroughFileSystem(rootPath, conf);
            inputs.sort(java.util.Comparator.comparing(InputFile::relativePath));
            return inputs;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot list input folder " + root, e);
        }
    }

    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    /** Walks the folders with {@code listStatus}: {@code listFiles} asks the local file system for each file's permissions. */
    static List<InputFile> listThroughFileSystem(Path rootPath, Configuration conf) throws java.io.IOException {
        FileSystem fs = rootPath.getFileSystem(conf);
        String rootFolder = rootPath.toUri().getPath();
        String prefix = rootFolder.endsWith("/") ? rootFolder : rootFolder + "/";
        java.util.ArrayDeque<Path> folders = new java.util.ArrayDeque<>(List.of(rootPath));
        List<InputFile> inputs = new ArrayList<>();
        while (!folders.isEmpty()) {
            for (FileStatus status : fs.listStatus(folders.pop())) {
                if (hidden(status.getPath().getName())) {
                    continue;
                }
                if (status.isDirectory()) {
                    folders.push(status.getPath());
                    continue;
                }
                String path = status.getPath().toUri().getPath();
                inputs.add(new InputFile(status.getPath().toUri().toString(),
                        path.startsWith(prefix) ? path.substring(prefix.length()) : path, status.getLen(),
                        status.getModificationTime()));
            }
        }
        return inputs;
    }

    /**
     * A local folder, following links as Hadoop's local file system does (a loop is not entered twice).
     * A broken link is listed, with the link's own size and time, where Hadoop's listing leaves it out:
     * it is read as a file that cannot be opened, so that it has its row in {@code documents}.
     */
    static List<InputFile> listLocal(Path rootPath) throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Paths.get(rootPath.toUri());
        List<InputFile> inputs = new ArrayList<>();
        // each folder's Hadoop path and path relative to the root, made as Hadoop's listStatus makes a child's
        Map<java.nio.file.Path, Path> hadoopPaths = new java.util.HashMap<>(Map.of(root, rootPath));
        Map<java.nio.file.Path, String> relative = new java.util.HashMap<>(Map.of(root, ""));
        java.nio.file.Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
                Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult preVisitDirectory(java.nio.file.Path folder,
                                                                           java.nio.file.attribute.BasicFileAttributes attributes) {
                        if (folder.equals(root)) {
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                        String name = folder.getFileName().toString();
                        if (hidden(name)) {
                            return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                        }
                        java.nio.file.Path parent = folder.getParent();
                        hadoopPaths.put(folder, new Path(hadoopPaths.get(parent), new Path(null, null, name)));
                        relative.put(folder, relative.get(parent) + name + "/");
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFile(java.nio.file.Path file,
                                                                   java.nio.file.attribute.BasicFileAttributes attributes) {
                        String name = file.getFileName().toString();
                        if (!hidden(name) && !attributes.isDirectory()) {
                            java.nio.file.Path parent = file.getParent();
                            Path path = new Path(hadoopPaths.get(parent), new Path(null, null, name));
                            inputs.add(new InputFile(path.toUri().toString(), relative.get(parent) + name, attributes.size(),
                                    attributes.lastModifiedTime().toMillis()));
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(java.nio.file.Path file, java.io.IOException e)
                            throws java.io.IOException {
                        if (e instanceof java.nio.file.FileSystemLoopException) {
                            return java.nio.file.FileVisitResult.CONTINUE; // a link back up: its files are listed once
                        }
                        if (e instanceof java.nio.file.NoSuchFileException) {
                            return java.nio.file.FileVisitResult.CONTINUE; // gone since its folder was read
                        }
                        throw e;
                    }
                });
        return inputs;
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
