package org.medinsure.warehouse.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.medinsure.warehouse.exports.WarehouseConnections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code warehouse query SQL}: one read-only query against the published DuckDB file. Anyone may
 * route dashboard or user SQL through it, so it runs exactly one SELECT-like statement
 * ({@link SingleQuery}) on a connection that reaches nothing but the warehouse
 * ({@link WarehouseConnections}); a refusal is one line and a non-zero exit code.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run one read-only query (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW or SUMMARIZE) "
                + "against warehouse.duckdb and print the result. Files, URLs and extensions are out of reach.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "SQL", description = "The query, e.g. \"select * from documents\"")
    String sql;

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "table (aligned, default), csv or json (one object per line)")
    TablePrinter.Format format;

    @Option(names = "--max-rows", defaultValue = "1000", description = "Most rows to print (default: ${DEFAULT-VALUE})")
    int maxRows;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Connection connection = WarehouseConnections.readOnly(output.database())) {
            String query = SingleQuery.check(connection, sql);
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery(query)) {
                TablePrinter.print(result, format, out, maxRows);
            } catch (SQLException e) {
                throw SingleQuery.explain(e);
            }
        }
        return 0;
    }
}
