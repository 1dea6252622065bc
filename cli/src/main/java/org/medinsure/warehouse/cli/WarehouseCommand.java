package org.medinsure.warehouse.cli;

import picocli.CommandLine.Command;

/** {@code warehouse}: the pipeline's stages and the tools around the published warehouse. */
@Command(name = "warehouse", mixinStandardHelpOptions = true, version = WarehouseCommand.VERSION,
        description = "Medical-insurance budget documents → Parquet lake → DuckDB warehouse → exports.",
        subcommands = {RunCommand.class, IngestCommand.class, TransformCommand.class, MartsCommand.class,
                ExportCommand.class, ReportCommand.class, QueryCommand.class, TaxonomyCommand.class, EvaluateCommand.class,
                BenchCommand.class, GenerateCommand.class})
public final class WarehouseCommand implements Runnable {
    /** The code's version, printed by --version and kept in each run's record. */
    static final String VERSION = "warehouse 0.1.0";

    /** Read by {@link Main} before the command runs; declared here so that every command accepts it. */
    @picocli.CommandLine.Option(names = Main.VERBOSE, scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Print stack traces on the terminal (they always go to logs/warehouse.log)")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
