package org.medinsure.warehouse.ingest.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.medinsure.warehouse.ingest.lake.BronzeTables;
import org.medinsure.warehouse.ingest.lake.Lake;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.parse.DocumentStatus;
import org.medinsure.warehouse.ingest.check.DocumentChecks;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import org.medinsure.warehouse.ingest.parse.IngestedFile;
import scala.Tuple2;

/**
 * Ingest: every file under the input root becomes a {@code documents} row, and the facts of each
 * distinct file (by content hash) become bronze rows with their file and line.
 */
public final class IngestJob {
    private static final Logger LOG = LogManager.getLogger(IngestJob.class);
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
        List<String> emptyFiles = new ArrayList<>();
        long total = countFiles(root, emptyFiles);
        LOG.info("ingest: {} files under {}", total, root);
        int partitions = (int) Math.max(1, Math.min(total, spark.sparkContext().defaultParallelism() * 4L));
        // Spark's file sources skip zero-length files, yet every input must appear in documents
        Dataset<Row> listing = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "[!._]*")
                .load(root);

        LongAccumulator done = spark.sparkContext().longAccumulator("files read");
        IngestKnowledge words = knowledge;
        FileIngestor.Limits fileLimits = limits;
        JavaRDD<IngestedFile> files = listing.select("path", "content").javaRDD()
                .repartition(partitions)
                .mapPartitions(rows -> {
                    FileIngestor ingestor = new FileIngestor(words, fileLimits); // parsers are built where they run
                    List<IngestedFile> out = new java.util.ArrayList<>();
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        out.add(ingestor.ingest(relativePath(root, row.getString(0)), (byte[]) row.get(1)));
                        done.add(1);
                    }
                    return out.iterator();
                })
                .union(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(emptyFiles, 1)
                        .map(path -> new FileIngestor(words, fileLimits).ingest(relativePath(root, path), new byte[0])))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try (Progress ignored = new Progress("ingest: files read", done, total)) {
            files.count();
        }

        // the first path (in sort order) of each distinct content is its primary copy
        JavaPairRDD<String, String> primaryPaths = files
                .mapToPair(file -> new Tuple2<>(file.docId(), file.sourcePath()))
                .reduceByKey((left, right) -> left.compareTo(right) <= 0 ? left : right);
        Broadcast<Map<String, String>> primaries = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new LinkedHashMap<>(primaryPaths.collectAsMap()));
        JavaRDD<IngestedFile> distinct = files.filter(file -> isPrimary(file, primaries.value()));

        Dataset<Row> documents = spark.createDataFrame(files.map(file -> BronzeRows.document(file,
                isPrimary(file, primaries.value())
                        ? DocumentStatus.of(file.document()) : DocumentStatus.DUPLICATE)), BronzeTables.DOCUMENTS.schema());
        Dataset<Row> problems = spark.createDataFrame(distinct.flatMap(file -> BronzeRows.problems(file).iterator())
                .union(files.filter(file -> !isPrimary(file, primaries.value()))
                        .map(file -> BronzeRows.duplicateProblem(file, primaries.value().get(file.docId())))),
                BronzeTables.PROBLEMS.schema());

        Map<LakeTable, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put(BronzeTables.DOCUMENTS, documents);
        tables.put(BronzeTables.PROJECT_FORMS, facts(distinct, BronzeRows::projectForms, BronzeTables.PROJECT_FORMS));
        tables.put(BronzeTables.INDICATOR_ROWS, facts(distinct, BronzeRows::indicatorRows, BronzeTables.INDICATOR_ROWS));
        tables.put(BronzeTables.BUDGET_LINES, facts(distinct, BronzeRows::budgetLines, BronzeTables.BUDGET_LINES));
        tables.put(BronzeTables.TABLE_TOTALS, facts(distinct, file -> BronzeRows.tableTotals(file,
                file.document().profile().docType() == DocumentType.FINAL_ACCOUNTS ? "final" : "budget"), BronzeTables.TABLE_TOTALS));
        tables.put(BronzeTables.EXECUTION_STATEMENTS, facts(distinct, BronzeRows::executionStatements, BronzeTables.EXECUTION_STATEMENTS));
        tables.put(BronzeTables.STATED_TOTALS, facts(distinct, BronzeRows::statedTotals, BronzeTables.STATED_TOTALS));
        tables.put(BronzeTables.PROBLEMS, problems);
        DocumentChecks checks = DocumentChecks.load(knowledge);
        tables.put(BronzeTables.CHECKS, facts(distinct, file -> BronzeRows.checks(file, checks), BronzeTables.CHECKS));
        lake.writeLayer(spark, BronzeTables.LAYER, tables);

        Summary summary = new Summary(total,
                files.filter(file -> !isPrimary(file, primaries.value())).count(),
                documents.filter("status = 'rejected'").count(),
                distinct.map(file -> (long) file.document().projects().size()).fold(0L, Long::sum),
                distinct.map(file -> (long) file.document().budgetLines().size()).fold(0L, Long::sum),
                problems.count());
        files.unpersist();
        timer.done(summary.files() + " files (" + summary.duplicates() + " duplicates, " + summary.rejected()
                + " rejected), " + summary.projects() + " project forms, " + summary.budgetLines() + " budget lines, "
                + summary.problems() + " problems");
        return summary;
    }

    /**
     * Whether a file is the primary copy of its content: the first path (in sort order) of its
     * bytes. An empty file is no document and no copy of another: each is its own, rejected.
     */
    private static boolean isPrimary(IngestedFile file, Map<String, String> primaries) {
        return file.sizeBytes() == 0 || file.sourcePath().equals(primaries.get(file.docId()));
    }

    private Dataset<Row> facts(JavaRDD<IngestedFile> files, SerializableRows rows, LakeTable table) {
        return spark.createDataFrame(files.flatMap(file -> rows.apply(file).iterator()), table.schema());
    }

    /** A row extractor that Spark can ship to executors. */
    @FunctionalInterface
    private interface SerializableRows extends Function<IngestedFile, List<Row>>, java.io.Serializable {
    }

    /**
     * Counts the files Spark will read, and collects the empty ones, which it would skip. Walks the
     * folders with {@code listStatus} and reads only names, lengths and kinds: {@code listFiles}
     * builds a LocatedFileStatus per file, which asks the local file system for the file's
     * permissions, one {@code ls} process per file without Hadoop's native library.
     */
    private long countFiles(String root, List<String> emptyFiles) {
        try {
            Path rootPath = new Path(root);
            FileSystem fs = rootPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
            java.util.ArrayDeque<Path> folders = new java.util.ArrayDeque<>(List.of(rootPath));
            long count = 0;
            while (!folders.isEmpty()) {
                for (FileStatus status : fs.listStatus(folders.pop())) {
                    String name = status.getPath().getName();
                    if (name.startsWith(".") || name.startsWith("_")) {
                        continue; // hidden, as Spark's file sources treat them
                    }
                    if (status.isDirectory()) {
                        folders.push(status.getPath());
                        continue;
                    }
                    count++;
                    if (status.getLen() == 0) {
                        emptyFiles.add(status.getPath().toString());
                    }
                }
            }
            return count;
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

    static String relativePath(String root, String path) {
        String prefix = root.endsWith("/") ? root : root + "/";
        String decodedPath = decode(path);
        String decodedPrefix = decode(prefix);
        return decodedPath.startsWith(decodedPrefix) ? decodedPath.substring(decodedPrefix.length()) : decodedPath;
    }

    private static String decode(String uri) {
        try {
            return new java.net.URI(uri).getPath() == null ? uri : new Path(new java.net.URI(uri)).toUri().getPath();
        } catch (java.net.URISyntaxException e) {
            return uri;
        }
    }

}
