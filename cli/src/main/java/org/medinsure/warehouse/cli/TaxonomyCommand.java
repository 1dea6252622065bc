package org.medinsure.warehouse.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.medinsure.warehouse.exports.WarehouseConnections;
import org.medinsure.warehouse.transform.taxonomy.IndicatorConcept;
import org.medinsure.warehouse.transform.taxonomy.IndicatorMatch;
import org.medinsure.warehouse.transform.taxonomy.IndicatorTaxonomy;
import org.medinsure.warehouse.transform.taxonomy.UnmatchedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warehouse taxonomy}: the indicator taxonomy in use (bundled plus {@code --config}), and with
 * {@code --unmatched} the indicator names of the warehouse it does not match, most frequent first.
 * Names are matched again with the current files, so a user can extend indicators.csv and check
 * the effect at once, before running transform again.
 */
@Command(name = "taxonomy", mixinStandardHelpOptions = true,
        description = "List the indicator taxonomy, or with --unmatched the warehouse's indicator names it does not match.")
public final class TaxonomyCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--unmatched", description = "Report the indicator names of warehouse.duckdb that match no concept")
    boolean unmatched;

    @Option(names = "--limit", defaultValue = "20", description = "Most names to list (default: ${DEFAULT-VALUE})")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        IndicatorTaxonomy taxonomy = knowledge.taxonomy();
        if (!unmatched) {
            out.println("Indicator taxonomy version " + taxonomy.version() + ": " + taxonomy.concepts().size() + " concepts");
            for (IndicatorConcept concept : taxonomy.concepts()) {
                out.println("  " + concept.code() + "  " + concept.label() + (concept.unit() == null ? "" : "  [" + concept.unit() + "]"));
            }
            return 0;
        }
        List<String> names = new ArrayList<>();
        List<IndicatorMatch> matches = new ArrayList<>();
        // matched in the context of their canonical level-2 heading, as transform matches them
        try (Connection connection = WarehouseConnections.readOnly(output.database());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT name_raw, level2 FROM indicators WHERE name_raw IS NOT NULL ORDER BY indicator_id")) {
            while (result.next()) {
                names.add(result.getString(1));
                matches.add(taxonomy.match(result.getString(1), result.getString(2)));
            }
        }
        UnmatchedReport report = UnmatchedReport.of(names, matches);
        out.println("Taxonomy version " + taxonomy.version() + ", warehouse " + output.database());
        out.print(report.render(limit));
        out.flush();
        return 0;
    }
}
