package org.medinsure.warehouse.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.medinsure.warehouse.exports.WarehouseConnections;
import org.medinsure.warehouse.exports.report.ReportJob;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.lake.GoldTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code warehouse run}: every stage, from documents to exports, then a glimpse of the marts. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run all stages: ingest, transform, marts (publishing warehouse.duckdb), export and reports.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;
    @Mixin
    OutputOptions output;
    @Mixin
    SparkOptions spark;
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--preview-rows", defaultValue = "5", description = "Rows of each mart to print at the end")
    int previewRows;

    @Spec
    CommandSpec spec;

    /** A run's identifier opens with its start, so that runs sort in time. */
    private static final java.time.format.DateTimeFormatter RUN_ID =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);

    /** A run's identifier: its start, then a random suffix. */
    static String newRunId(java.time.Instant started) {
        return RUN_ID.format(started) + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public Integer call() throws Exception {
        java.time.Instant started = java.time.Instant.now();
        String runId = newRunId(started);
        RunLog.Run run;
        try (Pipeline pipeline = new Pipeline(spark, output, knowledge)) {
            String inputRoot = input.inputOrSample();
            long filesRead = pipeline.ingest(inputRoot, input.limits(), input.full).read();
            pipeline.transform();
            pipeline.buildMarts();
            run = pipeline.recordRun(runId, started, inputRoot, filesRead);
            pipeline.publish();
            pipeline.exportsAndReports();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.println("Warehouse: " + output.database().toAbsolutePath());
        out.println("Exports:   " + output.exports().toAbsolutePath());
        out.println("Reports:   " + output.reports().resolve(ReportJob.INDEX).toAbsolutePath());
        try (Connection connection = WarehouseConnections.readOnly(output.database());
             Statement statement = connection.createStatement()) {
            preview(statement, out, "documents", "SELECT doc_type, status, province, county, fiscal_year, source_path "
                    + "FROM documents ORDER BY source_path");
            for (LakeTable mart : GoldTables.ALL) {
                preview(statement, out, mart.name(), "SELECT * EXCLUDE (" + traceColumns(mart) + ") FROM " + mart.name()
                        + " ORDER BY 1, 2, 3, 4");
            }
        }
        out.println();
        out.println(run.summary());
        out.println();
        out.println("Query it:  ./warehouse query \"select * from mart_region_year\"");
        return 0;
    }

    private void preview(Statement statement, PrintWriter out, String title, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            out.println();
            out.println("== " + title);
            TablePrinter.print(result, TablePrinter.Format.TABLE, out, previewRows);
        }
    }

    private static String traceColumns(LakeTable mart) {
        return String.join(", ", mart.columnNames().stream()
                .filter(name -> name.endsWith("_ids") || name.equals("doc_id") || name.equals("indicator_id"))
                .toList());
    }
}
