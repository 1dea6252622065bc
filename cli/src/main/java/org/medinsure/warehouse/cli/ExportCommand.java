package org.medinsure.warehouse.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medinsure.warehouse.exports.ExportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warehouse export}: the marts as files for notebooks and spreadsheets; reads only the DuckDB file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write each mart of warehouse.duckdb as Arrow IPC and CSV (UTF-8 BOM), all marts as one Excel "
                + "workbook with Chinese headers, and a data dictionary, into <output>/exports.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.checkWritable();
        try (OutputLock ignored = OutputLock.acquire(output.output)) {
            ExportJob.recover(output.exports());
            for (Path file : new ExportJob(output.database(), output.exports(), knowledge.thresholds().values(),
                    knowledge.exportKnowledge()).run()) {
                spec.commandLine().getOut().println(file);
            }
        }
        return 0;
    }
}
