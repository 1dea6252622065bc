package org.medinsure.warehouse.cli;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medinsure.warehouse.generator.County;
import org.medinsure.warehouse.generator.CorpusGenerator;
import org.medinsure.warehouse.generator.CountyTable;
import org.medinsure.warehouse.transform.region.RegionGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code warehouse generate}: a synthetic corpus of the documents county bureaus publish, for the
 * real county-level divisions of the region table, with every fact in {@code gold.jsonl} for
 * {@code warehouse evaluate}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a deterministic corpus of county documents and its gold facts (DIR/corpus, DIR/gold.jsonl).")
public final class GenerateCommand implements Callable<Integer> {
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    @Option(names = "--counties", paramLabel = "N|all", defaultValue = "all",
            description = "How many counties (taken in turn from each province), or all (default)")
    String counties;

    @Option(names = "--provinces", paramLabel = "NAME", split = ",",
            description = "Only counties of these provinces (full names, comma-separated)")
    List<String> provinces = List.of();

    @Option(names = "--years", paramLabel = "FROM-TO", defaultValue = "2018-2025",
            description = "Fiscal years (default: ${DEFAULT-VALUE})")
    String years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write corpus/ and gold.jsonl into")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Matcher range = YEARS.matcher(years.strip());
        if (!range.matches()) {
            throw new IllegalArgumentException("--years " + years + ": expected a year or FROM-TO, such as 2018-2025");
        }
        int from = Integer.parseInt(range.group(1));
        int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
        Integer count = null;
        if (!counties.equalsIgnoreCase("all")) {
            try {
                count = Integer.valueOf(counties.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--counties " + counties + ": expected a number or all");
            }
        }
        CorpusGenerator generator = new CorpusGenerator(seed);
        List<County> all;
        try (InputStream in = RegionGazetteer.class.getResourceAsStream(RegionGazetteer.COUNTIES)) {
            all = CountyTable.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> only = new LinkedHashSet<>(provinces);
        List<County> chosen = generator.select(all, count, only);
        long started = System.nanoTime();
        CorpusGenerator.Summary summary = generator.generate(chosen, from, to, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("Generated %d documents (%.1f MB) for %d counties, %d-%d, in %.1f s: %s%n", summary.documents(),
                summary.bytes() / 1e6, summary.counties(), from, to, seconds, summary.byType());
        printer.printf("Layouts: %s%n", summary.byFamily());
        printer.printf("Gold: %d facts in %s%n", summary.goldFacts(), out.resolve("gold.jsonl"));
        printer.printf("Score a run on it:  ./warehouse run --input %s --output OUT && ./warehouse evaluate --gold %s --output OUT%n",
                out.resolve("corpus"), out.resolve("gold.jsonl"));
        return 0;
    }
}
