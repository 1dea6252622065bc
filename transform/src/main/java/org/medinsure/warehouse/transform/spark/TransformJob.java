package org.medinsure.warehouse.transform.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.medinsure.warehouse.ingest.lake.BronzeTables;
import org.medinsure.warehouse.ingest.lake.Fingerprint;
import org.medinsure.warehouse.ingest.lake.LayerState;
import org.medinsure.warehouse.ingest.lake.PartFilter;
import org.medinsure.warehouse.ingest.lake.Lake;
import org.medinsure.warehouse.ingest.lake.LakeFileReader;
import org.medinsure.warehouse.ingest.lake.LakeFileWriter;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.ingest.spark.SerializableConfiguration;
import org.medinsure.warehouse.ingest.spark.StageTimer;
import org.medinsure.warehouse.transform.lake.SilverTables;
import org.medinsure.warehouse.transform.project.ProjectNormaliser;
import org.medinsure.warehouse.transform.region.RegionGazetteer;
import org.medinsure.warehouse.transform.silver.SilverBuilder;

/**
 * Transform: bronze facts to the silver contract tables, with regions, codes and units resolved.
 * Ingest writes every fact of a document into the part files of the same number, so each bronze
 * part is a batch of whole documents: one Spark job, a task per part, reads the part of every
 * bronze table, builds its silver rows ({@link SilverBuilder}) and writes its own silver files,
 * {@code fiscal_year=…/part-N} for the partitioned tables. No shuffle, no join, no second job.
 *
 * <p>Silver part N is made from bronze part N only, so a part whose bronze is what the last silver
 * part was built from (the layers' states say so, under the same code and knowledge) is copied, and
 * one whose bronze has since lost documents (an incremental ingest) keeps the last silver rows of
 * the others: only new bronze parts are built.
 */
public final class TransformJob {
    /** The table name a build task carries: not a table of silver, a part built from bronze. */
    private static final String BUILD = "(build)";
    private static final org.apache.logging.log4j.Logger LOG = org.apache.logging.log4j.LogManager.getLogger(TransformJob.class);
    private static final String PART_PREFIX = "part-";

    private final SparkSession spark;
    private final Lake lake;
    private final RegionGazetteer gazetteer;
    private final ProjectNormaliser normaliser;
    private final String knowledgeDigest;

    /** Builds every silver part: nothing says which knowledge the last silver layer was built with. */
    public TransformJob(SparkSession spark, Lake lake, RegionGazetteer gazetteer, ProjectNormaliser normaliser) {
        this(spark, lake, gazetteer, normaliser, Fingerprint.unique());
    }

    /**
     * @param knowledgeDigest what the gazetteer and normaliser were loaded from beyond the bundled files
     *     (see {@link Fingerprint#ofFolder}): silver parts of a run with the same digest and code may be kept
     */
    public TransformJob(SparkSession spark, Lake lake, RegionGazetteer gazetteer, ProjectNormaliser normaliser,
                        String knowledgeDigest) {
        this.spark = Objects.requireNonNull(spark, "spark is null");
        this.lake = Objects.requireNonNull(lake, "lake is null");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer is null");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser is null");
        this.knowledgeDigest = Objects.requireNonNull(knowledgeDigest, "knowledgeDigest is null");
    }

    /** How a silver part is made from the bronze part of its number. */
    private enum Derivation {
        /** The bronze part is the one the last silver part was built from: its files are copied. */
        COPY,
        /** The bronze part has lost documents since: the last silver part's rows of the others are kept. */
        FILTER,
        /** Built from the bronze rows. */
        BUILD
    }

    public void run() {
        StageTimer timer = new StageTimer("transform");
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<String> parts = bronzeParts(hadoop);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SilverBuilder silverBuilder = new SilverBuilder(gazetteer, normaliser);
        String fingerprint = Fingerprint.of(TransformJob.class, knowledgeDigest);
        String bronze = lake.layerPath(BronzeTables.LAYER);
        String previousSilver = lake.layerPath(SilverTables.LAYER);
        Optional<LayerState> bronzeState = LayerState.read(bronze, hadoop);
        Optional<LayerState> silverState = LayerState.read(previousSilver, hadoop)
                .filter(state -> state.fingerprint().equals(fingerprint)
                        && bronzeState.map(LayerState::generation).filter(state.generation()::equals).isPresent());
        Map<String, Derivation> plan = new TreeMap<>();
        for (String part : parts) {
            String batch = bronzeState.map(state -> state.parts().get(part)).orElse(null);
            String built = silverState.map(state -> state.parts().get(part)).orElse(null);
            plan.put(part, built == null ? Derivation.BUILD : built.equals(batch) ? Derivation.COPY : Derivation.FILTER);
        }
        long building = plan.values().stream().filter(Derivation.BUILD::equals).count();
        if (building < parts.size()) {
            LOG.info("transform: {} of {} parts built, {} kept, {} kept less the documents bronze no longer holds",
                    building, parts.size(), plan.values().stream().filter(Derivation.COPY::equals).count(),
                    plan.values().stream().filter(Derivation.FILTER::equals).count());
        }
        Broadcast<SilverBuilder> builder = context.broadcast(silverBuilder);
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);
        Map<String, LongAccumulator> counts = new LinkedHashMap<>();
        for (LakeTable table : List.of(SilverTables.DOCUMENTS, SilverTables.PROJECTS, SilverTables.INDICATORS,
                SilverTables.PROBLEMS)) {
            counts.put(table.name(), spark.sparkContext().longAccumulator(table.name()));
        }
        PartFilter carry = new PartFilter(SilverTables.ALL, SilverTables.DOCUMENTS);
        lake.writeLayer(hadoop, SilverTables.LAYER, staging -> {
            // the parts to build, then each table of the parts to filter, then the copies: the few tasks of an
            // incremental run that take time start first and keep every core busy
            List<String> built = new ArrayList<>();
            List<String> copied = new ArrayList<>();
            List<String> filtered = new ArrayList<>();
            plan.forEach((part, derivation) -> (derivation == Derivation.BUILD ? built
                    : derivation == Derivation.COPY ? copied : filtered).add(part));
            List<PartFilter.Work> work = new ArrayList<>();
            built.forEach(part -> work.add(new PartFilter.Work(part, BUILD)));
            work.addAll(carry.work(copied, filtered));
            context.parallelize(work, Math.max(1, work.size())).foreach(task -> {
                String part = task.part();
                if (!BUILD.equals(task.table())) {
                    Set<String> documents = new HashSet<>();
                    if (task.table() != null) {
                        LakeFileReader.read(BronzeTables.DOCUMENTS,
                                new Path(new Path(bronze, BronzeTables.DOCUMENTS.name()), part), conf.get(), List.of("doc_id"))
                                .forEach(row -> documents.add((String) row.get("doc_id")));
                    }
                    carry.carry(task, previousSilver, staging, documents::contains, TaskContext.get().attemptNumber(),
                            conf.get());
                    return;
                }
                Map<LakeTable, List<Map<String, Object>>> rows = new LinkedHashMap<>();
                for (LakeTable table : BronzeTables.ALL) {
                    rows.put(table, LakeFileReader.read(table, new Path(new Path(bronze, table.name()), part), conf.get()));
                }
                Map<LakeTable, List<Map<String, Object>>> silver = builder.value().build(rows);
                writePart(staging, LayerState.partNumber(part), TaskContext.get().attemptNumber(), silver, conf.get());
                silver.forEach((table, tableRows) -> {
                    LongAccumulator count = counts.get(table.name());
                    if (count != null) {
                        count.add(tableRows.size());
                    }
                });
            });
            LakeFileWriter.removeAttemptLeftovers(new Path(staging), hadoop);
            FileSystem fs = new Path(staging).getFileSystem(hadoop);
            for (LakeTable table : SilverTables.ALL) {
                fs.mkdirs(new Path(staging, table.name())); // an empty table is an empty folder, still readable
            }
            // silver part N is derived from bronze part N as bronze's state lists it now
            bronzeState.ifPresent(state -> new LayerState(state.generation(), fingerprint, state.parts(), state.nextPart())
                    .write(staging, hadoop));
        });
        timer.done(building + " of " + parts.size() + " parts built: " + counts.get("documents").value() + " documents, "
                + counts.get("projects").value() + " projects, " + counts.get("indicators").value() + " indicators, "
                + counts.get("problems").value() + " problems");
    }

    /**
     * The part files of the bronze layer, the same in every table. A bronze layer written by an
     * ingest that did not keep each document's facts in parts of one number cannot be read in
     * batches: the message says to run ingest again.
     */
    private List<String> bronzeParts(Configuration conf) {
        TreeSet<String> expected = null;
        for (LakeTable table : BronzeTables.ALL) {
            Path folder = new Path(lake.tablePath(table));
            TreeSet<String> parts = new TreeSet<>();
            try {
                FileSystem fs = folder.getFileSystem(conf);
                if (!fs.exists(folder)) {
                    throw new IllegalStateException("Cannot find lake table bronze." + table.name() + " at " + folder
                            + ": run the stage that writes the bronze layer first");
                }
                for (FileStatus status : fs.listStatus(folder)) {
                    String name = status.getPath().getName();
                    if (name.startsWith(PART_PREFIX) && name.endsWith(".parquet")) {
                        parts.add(name);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot list " + folder, e);
            }
            if (expected == null) {
                expected = parts;
            } else if (!expected.equals(parts)) {
                throw new IllegalStateException("The bronze layer under " + lake.layerPath(BronzeTables.LAYER)
                        + " does not hold each document's facts in part files of one number (bronze.documents has "
                        + expected.size() + " parts, bronze." + table.name() + " " + parts.size()
                        + "): run warehouse ingest again");
            }
        }
        return new ArrayList<>(expected == null ? List.of() : expected);
    }

    /** Writes one task's silver rows: per table (and fiscal year), one file, rows in the lake's sort order. */
    private static void writePart(String staging, int part, int attempt, Map<LakeTable, List<Map<String, Object>>> silver,
                                  Configuration conf) throws IOException {
        for (Map.Entry<LakeTable, List<Map<String, Object>>> entry : silver.entrySet()) {
            LakeTable table = entry.getKey();
            List<Map<String, Object>> rows = new ArrayList<>(entry.getValue());
            rows.sort(rowOrder(Lake.sortOrder(table)));
            Map<String, List<Map<String, Object>>> byFolder = new TreeMap<>();
            for (Map<String, Object> row : rows) {
                StringBuilder folder = new StringBuilder(table.name());
                for (String column : table.partitionBy()) {
                    Object value = row.get(column);
                    folder.append('/').append(column).append('=').append(value == null ? Lake.NULL_PARTITION : value);
                }
                byFolder.computeIfAbsent(folder.toString(), key -> new ArrayList<>()).add(row);
            }
            if (byFolder.isEmpty() && table.partitionBy().isEmpty()) {
                byFolder.put(table.name(), List.of()); // a file with the schema, as Spark writes for no rows
            }
            for (Map.Entry<String, List<Map<String, Object>>> folder : byFolder.entrySet()) {
                LakeFileWriter writer = new LakeFileWriter(table, new Path(staging, folder.getKey()), part, attempt, conf);
                try {
                    for (Map<String, Object> row : folder.getValue()) {
                        writer.write(row);
                    }
                } catch (IOException | RuntimeException e) {
                    writer.abort();
                    throw e;
                }
                writer.close();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Map<String, Object>> rowOrder(List<String> columns) {
        Comparator<Map<String, Object>> order = (left, right) -> 0;
        for (String column : columns) {
            order = order.thenComparing(row -> (Comparable) row.get(column), Comparator.nullsFirst(Comparator.naturalOrder()));
        }
        return order;
    }
}
