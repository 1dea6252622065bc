package org.medinsure.warehouse.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.medinsure.warehouse.cli.evaluate.Evaluation;
import org.medinsure.warehouse.cli.evaluate.EvaluationReport;
import org.medinsure.warehouse.cli.evaluate.GoldFile;
import org.medinsure.warehouse.cli.evaluate.ReportPrinter;
import org.medinsure.warehouse.cli.evaluate.Threshold;
import org.medinsure.warehouse.cli.evaluate.WarehouseFacts;
import org.medinsure.warehouse.exports.WarehouseConnections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warehouse evaluate}: the published warehouse scored against hand-checked gold facts. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Compare warehouse.duckdb (read-only) with a gold file (JSON lines, as shared/gold/seeds.jsonl) "
                + "and print precision and recall per kind, then the misses.",
                "Exit code 1 when a --min-recall or --min-precision threshold is not met."})
public final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold facts, one JSON object a line")
    Path gold;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "20",
            description = "Most misses to print per score and side (default: ${DEFAULT-VALUE})")
    int misses;

    @Option(names = "--min-recall", paramLabel = "[SCORE=]VALUE", converter = ThresholdConverter.class,
            description = "Fail (exit 1) when recall is below VALUE, for every score or the one named "
                    + "(document, project, indicator, indicator_raw, budget_line, total, execution); repeatable")
    List<Threshold> minRecall = new ArrayList<>();

    @Option(names = "--min-precision", paramLabel = "[SCORE=]VALUE", converter = ThresholdConverter.class,
            description = "Fail (exit 1) when precision is below VALUE, as --min-recall; repeatable")
    List<Threshold> minPrecision = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (misses < 0) {
            throw new IllegalArgumentException("Cannot print " + misses + " misses: --misses must be 0 or more");
        }
        GoldFile goldFile = GoldFile.read(gold);
        WarehouseFacts facts;
        try (Connection connection = WarehouseConnections.readOnly(output.database())) {
            facts = WarehouseFacts.load(connection, goldFile.files());
        }
        EvaluationReport report = Evaluation.evaluate(goldFile, facts);
        out.println("Warehouse " + output.database().toAbsolutePath());
        new ReportPrinter(out, misses).print(report);
        List<String> failures = Threshold.failures(report, minRecall, minPrecision);
        if (!failures.isEmpty()) {
            out.println();
            failures.forEach(failure -> out.println("FAILED: " + failure));
            out.flush();
            return 1;
        }
        return 0;
    }

    /** Reads {@code VALUE} or {@code SCORE=VALUE}; picocli reports a bad one as a usage error. */
    static final class ThresholdConverter implements picocli.CommandLine.ITypeConverter<Threshold> {
        @Override
        public Threshold convert(String value) {
            try {
                return Threshold.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
