package org.medinsure.warehouse.exports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.medinsure.warehouse.exports.ExportKnowledge;
import org.medinsure.warehouse.exports.FolderSwap;
import org.medinsure.warehouse.exports.WarehouseConnections;

/**
 * Writes the supervisors' reports from a published warehouse: one HTML file per province and
 * year ({@link ProvinceReport}), or all of them with an index into a folder replaced whole.
 */
public final class ReportJob {
    private static final Logger LOG = LogManager.getLogger(ReportJob.class);
    public static final String INDEX = "index.html";

    private final Path database;
    private final Map<String, Double> thresholds;
    private final ReportText text;
    private final ProvinceReport report;
    private final String settings;

    /** @param thresholds the mart thresholds in force, by key */
    public ReportJob(Path database, Map<String, Double> thresholds) {
        this(database, thresholds, ExportKnowledge.bundled());
    }

    /**
     * @param knowledge the labels, coded values and words the reports print; every report is
     *     rendered, as nothing says which the last reports were rendered with
     */
    public ReportJob(Path database, Map<String, Double> thresholds, ExportKnowledge knowledge) {
        this(database, thresholds, knowledge, org.medinsure.warehouse.ingest.lake.Fingerprint.unique());
    }

    /**
     * @param knowledgeDigest what the knowledge was loaded from beyond the bundled files: the reports
     *     of provinces whose documents did not change since reports written with the same digest are kept
     */
    public ReportJob(Path database, Map<String, Double> thresholds, ExportKnowledge knowledge, String knowledgeDigest) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.thresholds = Map.copyOf(Objects.requireNonNull(thresholds, "thresholds is null"));
        this.text = knowledge.text();
        this.report = new ProvinceReport(knowledge.labels(), knowledge.codes(), text);
        this.settings = new java.util.TreeMap<>(thresholds) + " " + Objects.requireNonNull(knowledgeDigest,
                "knowledgeDigest is null");
    }

    /** Puts right what a run killed while replacing the reports folder left. */
    public static List<String> recover(Path directory) {
        return new FolderSwap(directory).recover();
    }

    /**
     * Every province-year's report and an index, replacing {@code directory}; returns the files
     * written. Reports are written by one worker per core, each with its own connection, a province at
     * a time; a province whose documents did not change since the reports in {@code directory} were
     * written (see {@link ReportDigests}) keeps its reports, the run they name brought up to date.
     */
    public List<Path> writeAll(Path directory) {
        long start = System.nanoTime();
        FolderSwap swap = new FolderSwap(directory);
        List<Path> written = new ArrayList<>();
        int kept = 0;
        try {
            List<ProvinceYear> reports;
            ReportDigests digests;
            try (Connection connection = WarehouseConnections.readOnly(database);
                 ReportQueries queries = new ReportQueries(connection, thresholds, text)) {
                reports = queries.provinceYears();
                digests = ReportDigests.of(connection, queries.latestRunId(), queries.unplaced(), settings);
            }
            // a kept page names the new run in place of the old: only where both are ids no other text can hold
            Optional<ReportDigests> last = ReportDigests.read(directory)
                    .filter(previous -> previous.runId().equals(digests.runId())
                            || RUN_ID.matcher(previous.runId()).matches() && RUN_ID.matcher(digests.runId()).matches());
            Set<String> unchanged = last.map(digests::unchangedSince).orElse(Set.of());
            Path staging = swap.begin();
            List<ProvinceYear> render = new ArrayList<>();
            for (ProvinceYear provinceYear : reports) {
                Path previous = directory.resolve(provinceYear.fileName());
                if (unchanged.contains(provinceYear.province()) && Files.isRegularFile(previous)) {
                    Files.writeString(staging.resolve(provinceYear.fileName()), Files.readString(previous,
                            StandardCharsets.UTF_8).replace(last.get().runId(), digests.runId()), StandardCharsets.UTF_8);
                    kept++;
                } else {
                    render.add(provinceYear);
                }
            }
            writeInParallel(render, staging);
            reports.forEach(report -> written.add(directory.resolve(report.fileName())));
            Files.writeString(staging.resolve(INDEX), report.index(reports), StandardCharsets.UTF_8);
            written.add(directory.resolve(INDEX));
            digests.write(staging);
            swap.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the reports from " + database + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reports to " + directory, e);
        }
        LOG.info("report: {} province-year reports into {} in {} s{}", written.size() - 1, directory,
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9),
                kept == 0 ? "" : " (" + kept + " kept: their provinces' documents did not change)");
        return written;
    }

    /** A run id as runs are named: unique enough to be replaced in a kept report's text without touching anything else. */
    private static final java.util.regex.Pattern RUN_ID = java.util.regex.Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{8}");

    private void writeInParallel(List<ProvinceYear> reports, Path staging) throws IOException, SQLException {
        // a worker reads a whole province's years at once
        List<List<ProvinceYear>> provinces = new ArrayList<>(reports.stream()
                .collect(Collectors.groupingBy(ProvinceYear::province, java.util.LinkedHashMap::new, Collectors.toList()))
                .values());
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), provinces.size()));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        try {
            List<java.util.concurrent.Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                done.add(pool.submit(() -> {
                    try (Connection connection = WarehouseConnections.readOnly(database);
                         ReportQueries queries = new ReportQueries(connection, thresholds, text)) {
                        for (int i = next.getAndIncrement(); i < provinces.size(); i = next.getAndIncrement()) {
                            List<ProvinceYear> years = provinces.get(i);
                            for (ReportData data : queries.loadProvince(years.get(0).province(), years)) {
                                Files.writeString(staging.resolve(data.provinceYear().fileName()), report.html(data),
                                        StandardCharsets.UTF_8);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<Void> worker : done) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing the reports", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("A report could not be written: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One province-year's report into the file {@code destination} names for it (written beside it,
     * then renamed).
     *
     * @throws IllegalArgumentException when the warehouse has no county of that province and year;
     *                                  the message lists the province-years it has
     */
    public Path writeOne(String province, int year, java.util.function.Function<ProvinceYear, Path> destination) {
        Objects.requireNonNull(province, "province is null");
        try (Connection connection = WarehouseConnections.readOnly(database);
             ReportQueries queries = new ReportQueries(connection, thresholds, text)) {
            List<ProvinceYear> present = queries.provinceYears();
            ProvinceYear chosen = present.stream()
                    .filter(candidate -> candidate.province().equals(province) && candidate.year() == year)
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("No county of " + province + " in " + year
                            + " in " + database + "; it holds: " + (present.isEmpty() ? "none"
                            : present.stream().map(p -> p.province() + " " + p.year()).collect(Collectors.joining(", ")))));
            Path absolute = destination.apply(chosen).toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            // a sibling, so the rename is atomic, with the default permissions (a temp file's are owner-only)
            Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
            try {
                Files.writeString(temporary, report.html(queries.load(chosen)), StandardCharsets.UTF_8);
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            LOG.info("report: {} {} into {}", province, year, absolute);
            return absolute;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the report of " + province + " " + year + " from " + database
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report of " + province + " " + year + ": " + e.getMessage(), e);
        }
    }
}
