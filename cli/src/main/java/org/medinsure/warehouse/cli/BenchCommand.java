package org.medinsure.warehouse.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medinsure.warehouse.cli.bench.BenchCorpus;
import org.medinsure.warehouse.cli.bench.BenchFigures;
import org.medinsure.warehouse.cli.bench.BenchFile;
import org.medinsure.warehouse.cli.bench.ParserBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warehouse bench}: the parser's single-core throughput, without Spark. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Parse the documents of a folder repeatedly in one thread with the pure parser (no Spark), "
                + "after a warm-up, and print MB/s, files/s and forms/s (and pages/s of PDF files), in all and per "
                + "document type.",
                "MB/s, files/s and forms/s are by the wall clock; MB/cpu-s by the process's CPU time, which a "
                        + "machine busy with other work does not lower."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = {"-i", "--input"}, paramLabel = "DIR",
            description = "Folder of documents, read recursively (default: ../shared/seeds beside the repository)")
    Path input;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "Measured time in seconds (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup-seconds", paramLabel = "N", defaultValue = "3",
            description = "Warm-up time in seconds, not measured (default: ${DEFAULT-VALUE})")
    double warmUpSeconds;

    @Option(names = "--scale", paramLabel = "PCT",
            description = "Instead: generate a corpus of this share of all counties over 2018-2025 (1%%, 10%%, 100%%), run "
                    + "every stage on it and print seconds, MB/s and peak heap per stage, accuracy, the Spark bare-read and "
                    + "DuckDB-marts baselines, and the dashboard queries' times")
    String scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the --scale corpus (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "out/bench-scale",
            description = "Folder for the --scale corpus and its warehouse (default: ${DEFAULT-VALUE})")
    Path work;

    @picocli.CommandLine.Mixin
    SparkOptions spark;
    @picocli.CommandLine.Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (scale != null) {
            double percent;
            try {
                percent = Double.parseDouble(scale.strip().replaceFirst("%$", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--scale " + scale + ": expected a percentage such as 1%, 10% or 100%");
            }
            removeGenerated(work.resolve("generated"));
            new ScaleBench(percent, seed, work, spark, knowledge, spec.commandLine().getOut()).run();
            return 0;
        }
        if (!(seconds > 0) || warmUpSeconds < 0) {
            throw new IllegalArgumentException("Cannot run for --seconds " + seconds + " after --warmup-seconds "
                    + warmUpSeconds + ": the measured time must be positive, the warm-up not negative");
        }
        Path home = Path.of(System.getProperty("warehouse.home", "."));
        Path folder = input != null ? input : BenchCorpus.sharedSeeds(home)
                .or(() -> BenchCorpus.sharedSeeds(Path.of("")))
                .orElseThrow(() -> new IllegalArgumentException("Cannot find ../shared/seeds: pass --input DIR"));
        List<BenchFile> corpus = BenchCorpus.load(folder);
        long bytes = corpus.stream().mapToLong(file -> file.bytes().length).sum();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Parsing %d files (%.2f MB) from %s in 1 thread: %.1f s warm-up, %.1f s measured%n",
                corpus.size(), bytes / 1e6, folder, warmUpSeconds, seconds);
        out.flush();
        ParserBenchmark.Result result = new ParserBenchmark(corpus).run(duration(warmUpSeconds), duration(seconds));
        out.println(line("all", result.total()) + String.format(Locale.ROOT, " (%d passes)", result.passes()));
        // per document type: a budget publication's tables cost differently from declaration forms
        for (Map.Entry<String, BenchFigures> type : result.byDocumentType().entrySet()) {
            out.println(line(type.getKey(), type.getValue()));
        }
        out.flush();
        return 0;
    }

    /**
     * One result line, rates by the wall clock then MB per CPU second; scripts rely on its format:
     * {@code <kind>: <x> MB/s <x> files/s <x> forms/s <x> MB/cpu-s (…)}; PDF pages and pages/s go in the brackets.
     */
    static String line(String kind, BenchFigures figures) {
        String pages = figures.pages() == 0 ? "" : String.format(Locale.ROOT, ", %d PDF pages: %.1f pages/s",
                figures.pages(), figures.pagesPerSecond());
        return String.format(Locale.ROOT,
                "%-15s %8.2f MB/s %9.1f files/s %9.1f forms/s %8.2f MB/cpu-s  (%d files, %.2f MB, %.2f s%s)",
                kind + ":", figures.megabytesPerSecond(), figures.filesPerSecond(), figures.formsPerSecond(),
                figures.megabytesPerCpuSecond(), figures.files(), figures.bytes() / 1e6, figures.seconds(), pages);
    }

    /** The corpus of an earlier --scale run: generated here, so removed here; a smaller scale must not inherit it. */
    private static void removeGenerated(Path generated) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(generated)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(generated)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }

    private static Duration duration(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
