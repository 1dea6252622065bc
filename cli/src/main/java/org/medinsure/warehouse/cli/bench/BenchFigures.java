package org.medinsure.warehouse.cli.bench;

/**
 * What was parsed in a measured time, and the rates that follow.
 *
 * @param forms project forms found
 * @param pages pages of the paged files (PDF) that print a line
 * @param nanos wall-clock time spent inside the parser
 * @param cpuNanos CPU time the process used meanwhile: on a machine shared with other work
 *     the wall clock also counts the time the parser waited for a core, CPU time does not
 */
public record BenchFigures(long bytes, long files, long forms, long pages, long nanos, long cpuNanos) {
    public static final BenchFigures NONE = new BenchFigures(0, 0, 0, 0, 0, 0);

    public BenchFigures plus(BenchFigures other) {
        return new BenchFigures(bytes + other.bytes, files + other.files, forms + other.forms, pages + other.pages,
                nanos + other.nanos, cpuNanos + other.cpuNanos);
    }

    public double seconds() {
        return nanos / 1e9;
    }

    /** Megabytes (10⁶ bytes) per second. */
    public double megabytesPerSecond() {
        return nanos == 0 ? 0 : bytes / 1e6 / seconds();
    }

    /** Megabytes per second of CPU time: the throughput of one core that is not shared. */
    public double megabytesPerCpuSecond() {
        return cpuNanos == 0 ? 0 : bytes / 1e6 / (cpuNanos / 1e9);
    }

    public double filesPerSecond() {
        return nanos == 0 ? 0 : files / seconds();
    }

    public double pagesPerSecond() {
        return nanos == 0 ? 0 : pages / seconds();
    }

    public double formsPerSecond() {
        return nanos == 0 ? 0 : forms / seconds();
    }
}
