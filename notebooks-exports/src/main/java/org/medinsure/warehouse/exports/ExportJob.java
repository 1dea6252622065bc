package org.medinsure.warehouse.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.lake.GoldTables;
import org.medinsure.warehouse.marts.publish.DuckDbPublisher;
import org.medinsure.warehouse.transform.lake.SilverTables;

/**
 * Exports the marts of a published warehouse for notebooks and spreadsheets: Arrow IPC and CSV
 * (UTF-8 with BOM) per mart, all marts in one Excel workbook with Chinese headers, and a Markdown
 * data dictionary. Written into a fresh folder that
 * replaces {@code exports/} at the end, so a failed export leaves the previous one.
 */
public final class ExportJob {
    private static final Logger LOG = LogManager.getLogger(ExportJob.class);
    static final String WORKBOOK = "marts.xlsx";

    private final Path database;
    private final Path exportsDirectory;
    private final Map<String, Double> thresholds;
    private final ExportKnowledge knowledge;
    private final String settings;
    /** What the exports in a folder were written from (see {@link #digest}). */
    static final String DIGEST = ".export-digest";

    /** @param thresholds the mart thresholds in force, by key, for the data dictionary */
    public ExportJob(Path database, Path exportsDirectory, Map<String, Double> thresholds) {
        this(database, exportsDirectory, thresholds, ExportKnowledge.bundled());
    }

    /**
     * @param knowledge the labels and coded values of the workbook and the data dictionary; the
     *     exports are always written, as nothing says which knowledge the last ones were written with
     */
    public ExportJob(Path database, Path exportsDirectory, Map<String, Double> thresholds, ExportKnowledge knowledge) {
        this(database, exportsDirectory, thresholds, knowledge, org.medinsure.warehouse.ingest.lake.Fingerprint.unique());
    }

    /**
     * @param knowledgeDigest what the knowledge was loaded from beyond the bundled files: exports
     *     written with the same digest from the same rows are kept as they are
     */
    public ExportJob(Path database, Path exportsDirectory, Map<String, Double> thresholds, ExportKnowledge knowledge,
                     String knowledgeDigest) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge is null");
        this.thresholds = Map.copyOf(Objects.requireNonNull(thresholds, "thresholds is null"));
        this.database = Objects.requireNonNull(database, "database is null");
        this.exportsDirectory = Objects.requireNonNull(exportsDirectory, "exportsDirectory is null");
        this.settings = new java.util.TreeMap<>(thresholds) + " " + Objects.requireNonNull(knowledgeDigest,
                "knowledgeDigest is null");
    }

    /** Puts right what an export killed mid-swap left (see {@link FolderSwap#recover}). */
    public static List<String> recover(Path exportsDirectory) {
        return new FolderSwap(exportsDirectory).recover();
    }

    /** The workbook's truncations once it is written; its failure as the export's. */
    private static List<ExcelExporter.Truncation> finished(java.util.concurrent.Future<List<ExcelExporter.Truncation>> workbook)
            throws SQLException, IOException {
        try {
            return workbook.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing " + WORKBOOK, e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Cannot write " + WORKBOOK + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * What the exports are written from: the lake state, the thresholds and knowledge, the documents
     * (which, in one lake state, fix every silver row the data dictionary describes) and every mart's
     * rows; a fresh value for a warehouse published without a lake state.
     */
    private String digest() throws SQLException {
        try (Connection connection = WarehouseConnections.readOnly(database)) {
            java.util.Optional<String> lakeState = WarehouseDigest.lakeState(connection);
            if (lakeState.isEmpty()) {
                return org.medinsure.warehouse.ingest.lake.Fingerprint.unique();
            }
            List<String> parts = new ArrayList<>(List.of(lakeState.get(), settings,
                    WarehouseDigest.rows(connection, "documents")));
            for (LakeTable mart : GoldTables.ALL) {
                parts.add(WarehouseDigest.rows(connection, mart.name()));
            }
            return org.medinsure.warehouse.ingest.lake.Fingerprint.of(ExportJob.class, parts.toArray(String[]::new));
        }
    }

    /** @return the files written */
    public List<Path> run() {
        long start = System.nanoTime();
        FolderSwap swap = new FolderSwap(exportsDirectory);
        List<String> written = new ArrayList<>();
        try {
            String digest = digest();
            Path last = exportsDirectory.resolve(DIGEST);
            if (Files.isRegularFile(last) && Files.readString(last, StandardCharsets.UTF_8).equals(digest)) {
                LOG.info("export: the marts and documents of {} are those the exports in {} were written from; kept",
                        database, exportsDirectory);
                try (java.util.stream.Stream<Path> files = Files.list(exportsDirectory)) {
                    return files.filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
                }
            }
            Path staging = swap.begin();
            // the workbook, the longest part, is written beside the Arrow and CSV files, on its own connection
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "export-workbook");
                thread.setDaemon(true);
                return thread;
            });
            try {
                java.util.concurrent.Future<List<ExcelExporter.Truncation>> workbook = pool.submit(() -> {
                    try (Connection connection = WarehouseConnections.readOnly(database)) {
                        return ExcelExporter.export(connection, GoldTables.ALL, knowledge.labels(), knowledge.codes(),
                                staging.resolve(WORKBOOK));
                    }
                });
                try (Connection connection = WarehouseConnections.readOnly(database)) {
                    for (LakeTable mart : GoldTables.ALL) {
                        String query = "SELECT * FROM " + mart.name() + DuckDbPublisher.orderBy(mart);
                        long rows = ArrowExporter.export(connection, query, staging.resolve(mart.name() + ".arrow"));
                        CsvExporter.export(connection, query, staging.resolve(mart.name() + ".csv"));
                        written.add(mart.name() + ".arrow");
                        written.add(mart.name() + ".csv");
                        LOG.info("export: {} ({} rows) as Arrow and CSV", mart.name(), rows);
                    }
                    List<LakeTable> published = new ArrayList<>(SilverTables.ALL);
                    published.addAll(GoldTables.ALL);
                    Files.writeString(staging.resolve("data-dictionary.md"),
                            new DataDictionary(published, knowledge.codes(), thresholds).markdown(connection),
                            StandardCharsets.UTF_8);
                }
                for (ExcelExporter.Truncation truncation : finished(workbook)) {
                    LOG.warn("export: {} has {} rows; its sheet of {} holds the first {} (the 说明 sheet says so); "
                                    + "{}.csv and {}.arrow hold them all", truncation.mart(), truncation.rows(), WORKBOOK,
                            truncation.written(), truncation.mart(), truncation.mart());
                }
                written.add(WORKBOOK);
            } finally {
                pool.shutdownNow();
            }
            written.add("data-dictionary.md");
            Files.writeString(staging.resolve(DIGEST), digest, StandardCharsets.UTF_8);
            swap.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot export from " + database + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write exports to " + exportsDirectory, e);
        }
        LOG.info("export: {} files into {} in {} s", written.size(), exportsDirectory,
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        return written.stream().map(exportsDirectory::resolve).toList();
    }
}
