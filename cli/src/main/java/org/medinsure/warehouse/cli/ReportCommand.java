package org.medinsure.warehouse.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medinsure.warehouse.exports.report.ReportJob;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warehouse report}: the supervisors' HTML reports, one per province and year; reads only the DuckDB file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report (county league tables of per-capita subsidy, execution "
                + "rates, satisfaction targets, data quality, each figure with its source file and line) for one "
                + "province and year, or for every province-year with --all.")
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;

    @Mixin
    KnowledgeOptions knowledge;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    /** Either one province-year or all of them. */
    static final class Selection {
        @ArgGroup(exclusive = false)
        One one;

        @Option(names = "--all", required = true,
                description = "Every province-year the warehouse holds, with an index.html, into --out DIR "
                        + "(default <output>/reports, replaced whole)")
        boolean all;
    }

    static final class One {
        @Option(names = "--province", required = true, paramLabel = "NAME", description = "Province as named in the warehouse, e.g. 山东省")
        String province;

        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Fiscal year, e.g. 2021")
        int year;
    }

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "The report file (default <output>/reports/<province code>-<year>.html), or with --all the folder")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.checkWritable();
        try (OutputLock ignored = OutputLock.acquire(output.output)) {
            ReportJob job = new ReportJob(output.database(), knowledge.thresholds().values(),
                    knowledge.exportKnowledge());
            if (selection.all) {
                Path directory = out == null ? output.reports() : out;
                ReportJob.recover(directory);
                job.writeAll(directory).forEach(spec.commandLine().getOut()::println);
            } else {
                One one = selection.one;
                Path written = job.writeOne(one.province, one.year,
                        chosen -> out != null ? out : output.reports().resolve(chosen.fileName()));
                spec.commandLine().getOut().println(written);
            }
        }
        return 0;
    }
}
