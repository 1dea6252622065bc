package org.medinsure.warehouse.cli.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import org.medinsure.warehouse.ingest.parse.IngestedFile;

/**
 * Parses a corpus over and over in the calling thread with the pure parser
 * ({@link FileIngestor}, no Spark), first to warm the JIT up, then for a measured time. Only the
 * parser is timed: the files are in memory, and time is taken around each call, so the figures are
 * the parser's throughput on one core. Both wall-clock and CPU time are kept, because on a
 * shared machine the wall clock also counts the time the thread waited for a core. Figures are
 * also kept per document type, as parsing a budget publication's tables costs differently from
 * parsing declaration forms.
 */
public final class ParserBenchmark {
    /**
     * CPU time of the process: the ingestor reads each file on a reader thread of its own (so that a
     * file past its time limit can be left behind), so the calling thread's CPU time would miss the
     * parse. The process's also counts the collector and the JIT, as a core running the parser does.
     */
    private static final com.sun.management.OperatingSystemMXBean SYSTEM =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final List<BenchFile> corpus;
    private final FileIngestor ingestor = new FileIngestor();

    /**
     * @param passes full passes over the corpus in the measured time
     * @param byDocumentType figures per {@code doc_type} the parser gave the files
     */
    public record Result(BenchFigures total, Map<String, BenchFigures> byDocumentType, long passes) {
        public Result {
            Objects.requireNonNull(total, "total is null");
            byDocumentType = java.util.Collections.unmodifiableMap(new TreeMap<>(byDocumentType));
        }
    }

    public ParserBenchmark(List<BenchFile> corpus) {
        this.corpus = List.copyOf(corpus);
        if (this.corpus.isEmpty()) {
            throw new IllegalArgumentException("Cannot benchmark an empty corpus");
        }
    }

    public Result run(Duration warmUp, Duration measured) {
        Objects.requireNonNull(warmUp, "warmUp is null");
        Objects.requireNonNull(measured, "measured is null");
        passesFor(warmUp, new TreeMap<>());
        Map<String, BenchFigures> byType = new TreeMap<>();
        long passes = passesFor(measured, byType);
        BenchFigures total = byType.values().stream().reduce(BenchFigures.NONE, BenchFigures::plus);
        return new Result(total, byType, passes);
    }

    /** Whole passes until the time is up (at least one), adding each file's figures under its type. */
    private long passesFor(Duration duration, Map<String, BenchFigures> byType) {
        long deadline = System.nanoTime() + duration.toNanos();
        long passes = 0;
        do {
            for (BenchFile file : corpus) {
                long cpuStart = SYSTEM.getProcessCpuTime();
                long start = System.nanoTime();
                IngestedFile parsed = ingestor.ingest(file.name(), file.bytes());
                long nanos = System.nanoTime() - start;
                long cpuNanos = SYSTEM.getProcessCpuTime() - cpuStart;
                // the form count is read from the result, so the JIT cannot drop the parse as dead code
                BenchFigures figures = new BenchFigures(file.bytes().length, 1, parsed.document().projects().size(),
                        parsed.pages() == null ? 0 : parsed.pages().lastPage(), nanos, Math.max(0, cpuNanos));
                byType.merge(parsed.document().profile().docType().code(), figures, BenchFigures::plus);
            }
            passes++;
        } while (System.nanoTime() < deadline);
        return passes;
    }
}
