package org.medinsure.warehouse.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.medinsure.warehouse.exports.WarehouseConnections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code warehouse query SQL}: one statement against the published DuckDB file, opened read-only. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run one SQL statement against warehouse.duckdb (read-only) and print the result.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "SQL", description = "The statement, e.g. \"select * from documents\"")
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
        try (Connection connection = WarehouseConnections.readOnly(output.database());
             Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                try (ResultSet result = statement.getResultSet()) {
                    TablePrinter.print(result, format, out, maxRows);
                }
            } else {
                out.println(statement.getUpdateCount() + " rows");
            }
        }
        return 0;
    }
}
