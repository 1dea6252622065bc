package org.medinsure.warehouse.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.publish.DuckDbPublisher;
import org.medinsure.warehouse.transform.lake.SilverTables;

/**
 * The record of each {@code warehouse run}: what it read, what it loaded, what went wrong, and
 * with which code and knowledge. One Parquet file per run under {@code lake/meta/runs}, kept across
 * runs (the layers are replaced, the record grows), published as the {@code runs} table.
 */
final class RunLog {
    static final LakeTable RUNS = LakeTable.builder("meta", "runs",
                    "One row per warehouse run: its input, what it read and loaded, its problems by check, and the code "
                            + "and knowledge versions in force; kept across runs")
            .string("run_id", "Identifier of the run: its start time (UTC) and a random suffix")
            .string("started_at", "When the run started, ISO-8601 UTC")
            .string("ended_at", "When every stage had written the lake, just before publishing, ISO-8601 UTC")
            .string("input_root", "The --input folder or URI the run read")
            .bigint("files_seen", "Input files, every one a row of documents")
            .bigint("files_read", "Input files this run read; the others were unchanged since the last run into the "
                    + "same output, and their facts were kept (NULL for runs recorded before this was counted)")
            .bigint("files_parsed", "Files read fully (status parsed)")
            .bigint("files_partial", "Files read in part (status partial)")
            .bigint("files_rejected", "Files not read (status rejected), each with its reason in problems")
            .bigint("files_duplicate", "Byte-identical copies of another input file (status duplicate)")
            .bigint("facts_loaded", "Rows of the silver fact tables (projects, indicators, budget lines, totals, "
                    + "execution and stated totals)")
            .string("facts_by_table", "Rows per silver fact table, as JSON {table: rows}")
            .string("problems_by_check", "Problems per check, as JSON {check: rows}")
            .string("code_version", "Version of the warehouse code that ran")
            .string("knowledge_versions", "The version line of every knowledge file in force, bundled and --config, "
                    + "as JSON {file: version}")
            .build();

    /** Silver tables whose rows are facts read from documents (documents, problems and checks are not). */
    private static final java.util.List<LakeTable> FACT_TABLES = SilverTables.ALL.stream()
            .filter(table -> !table.equals(SilverTables.DOCUMENTS) && !table.equals(SilverTables.PROBLEMS)
                    && !table.equals(SilverTables.CHECKS))
            .toList();

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private RunLog() {
    }

    /** One run's record. */
    record Run(String runId, Instant startedAt, Instant endedAt, String inputRoot, long filesRead,
               Map<String, Long> filesByStatus, Map<String, Long> factsByTable, Map<String, Long> problemsByCheck, String codeVersion,
               Map<String, String> knowledgeVersions) {
        Run {
            Objects.requireNonNull(runId, "runId is null");
            filesByStatus = Map.copyOf(filesByStatus);
            factsByTable = new TreeMap<>(factsByTable);
            problemsByCheck = new TreeMap<>(problemsByCheck);
            knowledgeVersions = new TreeMap<>(knowledgeVersions);
        }

        long files(String status) {
            return filesByStatus.getOrDefault(status, 0L);
        }

        long filesSeen() {
            return filesByStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        long factsLoaded() {
            return factsByTable.values().stream().mapToLong(Long::longValue).sum();
        }

        /** What {@code warehouse run} prints at its end. */
        String summary() {
            return "Run " + runId + ": " + filesSeen() + " files seen — " + files("parsed") + " parsed, " + files("partial")
                    + " partial, " + files("rejected") + " rejected, " + files("duplicate") + " duplicate; "
                    + factsLoaded() + " facts loaded " + factsByTable + "; " + filesRead + " files read by this run"
                    + (filesRead < filesSeen() ? ", the others unchanged since the last" : "") + System.lineSeparator()
                    + "Problems by check: " + (problemsByCheck.isEmpty() ? "none" : problemsByCheck.toString())
                    + System.lineSeparator() + "Code: " + codeVersion + "; knowledge: " + knowledgeVersions;
        }
    }

    /** The record of a run whose stages have written the lake under {@code lakeRoot}. */
    static Run measure(Path lakeRoot, String runId, Instant startedAt, String inputRoot, long filesRead,
                       String codeVersion, Map<String, String> knowledgeVersions) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            Map<String, Long> files = grouped(statement, lakeRoot, SilverTables.DOCUMENTS, "status");
            Map<String, Long> facts = new LinkedHashMap<>();
            for (LakeTable table : FACT_TABLES) {
                facts.put(table.name(), count(statement, lakeRoot, table));
            }
            Map<String, Long> problems = grouped(statement, lakeRoot, SilverTables.PROBLEMS, "\"check\"");
            return new Run(runId, startedAt, Instant.now(), inputRoot, filesRead, files, facts, problems, codeVersion,
                    knowledgeVersions);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot measure the run from the lake at " + lakeRoot + ": " + e.getMessage(), e);
        }
    }

    /** Writes the record as one Parquet file, complete or not at all. */
    static void write(Path lakeRoot, Run run) {
        Path folder = lakeRoot.resolve(RUNS.layer()).resolve(RUNS.name());
        Path target = folder.resolve("run-" + run.runId() + ".parquet");
        Path temporary = folder.resolve(".run-" + run.runId() + ".tmp");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            Files.createDirectories(folder);
            String columns = RUNS.columnNames().stream().map(name -> "? AS " + name).collect(Collectors.joining(", "));
            try (PreparedStatement statement = connection.prepareStatement(
                    "COPY (SELECT " + columns + ") TO '" + temporary.toAbsolutePath().toString().replace("'", "''")
                            + "' (FORMAT PARQUET)")) {
                Object[] values = {run.runId(), run.startedAt().toString(), run.endedAt().toString(), run.inputRoot(),
                        run.filesSeen(), run.filesRead(), run.files("parsed"), run.files("partial"), run.files("rejected"),
                        run.files("duplicate"), run.factsLoaded(), json(run.factsByTable()), json(run.problemsByCheck()),
                        run.codeVersion(), json(run.knowledgeVersions())};
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.execute();
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record run " + run.runId() + " in " + folder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record run " + run.runId() + " in " + folder, e);
        }
    }

    private static Map<String, Long> grouped(Statement statement, Path lakeRoot, LakeTable table, String column)
            throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        java.util.Optional<String> source = DuckDbPublisher.lakeSource(lakeRoot, table);
        if (source.isEmpty()) {
            return counts;
        }
        try (ResultSet result = statement.executeQuery("SELECT " + column + ", count(*) FROM " + source.get()
                + " GROUP BY 1")) {
            while (result.next()) {
                counts.put(Objects.requireNonNullElse(result.getString(1), "(none)"), result.getLong(2));
            }
        }
        return counts;
    }

    private static long count(Statement statement, Path lakeRoot, LakeTable table) throws SQLException {
        java.util.Optional<String> source = DuckDbPublisher.lakeSource(lakeRoot, table);
        if (source.isEmpty()) {
            return 0;
        }
        try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + source.get())) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A map as a JSON object, keys in order. */
    static String json(Map<String, ?> map) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(map));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + map + " as JSON", e);
        }
    }
}
