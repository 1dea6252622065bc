package org.medinsure.warehouse.ingest.spark;

import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.medinsure.warehouse.ingest.check.DocumentChecks;
import org.medinsure.warehouse.ingest.lake.BronzeTables;
import org.medinsure.warehouse.ingest.lake.LakeFileWriter;
import org.medinsure.warehouse.ingest.lake.LayerState;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.parse.DocumentStatus;
import org.medinsure.warehouse.ingest.parse.IngestedFile;

/**
 * One task's share of the bronze layer: a Parquet file per bronze table, filled from the files the
 * task read. A file's facts are written once, from its primary copy; every other copy of the same
 * bytes gets a documents row and a duplicate_file problem.
 */
final class BronzePartWriter implements Closeable {
    /** Row counts of what was written, for the run's summary. */
    record Counts(long documents, long duplicates, long rejected, long projects, long budgetLines, long problems) {
    }

    private final Map<LakeTable, LakeFileWriter> writers = new LinkedHashMap<>();
    private final DocumentChecks checks;
    private final List<String> documents = new java.util.ArrayList<>();
    private long duplicates;
    private long rejected;
    private long projects;
    private long budgetLines;

    BronzePartWriter(String staging, int part, int attemptNumber, Configuration conf, DocumentChecks checks) throws IOException {
        this.checks = Objects.requireNonNull(checks, "checks is null");
        try {
            for (LakeTable table : BronzeTables.ALL) {
                writers.put(table, new LakeFileWriter(table, new Path(staging, table.name()), part, attemptNumber, conf));
            }
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    /**
     * Writes a primary copy: its document row and all its facts.
     *
     * @param modified the file's modification time as listed
     */
    void primary(IngestedFile file, long modified) throws IOException {
        DocumentStatus status = DocumentStatus.of(file.document());
        write(BronzeTables.DOCUMENTS, List.of(BronzeRows.document(file, status, modified)));
        documents.add(LayerState.document(file.docId(), file.sourcePath()));
        rejected += status == DocumentStatus.REJECTED ? 1 : 0;
        projects += file.document().projects().size();
        budgetLines += file.document().budgetLines().size();
        write(BronzeTables.PROJECT_FORMS, BronzeRows.projectForms(file));
        write(BronzeTables.INDICATOR_ROWS, BronzeRows.indicatorRows(file));
        write(BronzeTables.BUDGET_LINES, BronzeRows.budgetLines(file));
        write(BronzeTables.TABLE_TOTALS, BronzeRows.tableTotals(file,
                file.document().profile().docType() == DocumentType.FINAL_ACCOUNTS ? "final" : "budget"));
        write(BronzeTables.EXECUTION_STATEMENTS, BronzeRows.executionStatements(file));
        write(BronzeTables.STATED_TOTALS, BronzeRows.statedTotals(file));
        write(BronzeTables.PROBLEMS, BronzeRows.problems(file));
        write(BronzeTables.CHECKS, BronzeRows.checks(file, checks));
    }

    /** Writes a copy of {@code primaryPath}'s bytes: a documents row and the duplicate's problem. */
    void duplicate(IngestedFile file, String primaryPath, long modified) throws IOException {
        write(BronzeTables.DOCUMENTS, List.of(BronzeRows.document(file, DocumentStatus.DUPLICATE, modified)));
        documents.add(LayerState.document(file.docId(), file.sourcePath()));
        write(BronzeTables.PROBLEMS, List.of(BronzeRows.duplicateProblem(file, primaryPath)));
        duplicates++;
    }

    private void write(LakeTable table, List<Row> rows) throws IOException {
        LakeFileWriter writer = writers.get(table);
        for (Row row : rows) {
            writer.write(row);
        }
    }

    /** The part's batch id (see {@link LayerState#batchId}). */
    String batchId() {
        return LayerState.batchId(documents);
    }

    Counts counts() {
        return new Counts(writers.get(BronzeTables.DOCUMENTS).rows(), duplicates, rejected, projects, budgetLines,
                writers.get(BronzeTables.PROBLEMS).rows());
    }

    /** Drops every file of this part after a failure. */
    void abort() {
        writers.values().forEach(LakeFileWriter::abort);
    }

    @Override
    public void close() throws IOException {
        for (LakeFileWriter writer : writers.values()) {
            writer.close();
        }
    }
}
