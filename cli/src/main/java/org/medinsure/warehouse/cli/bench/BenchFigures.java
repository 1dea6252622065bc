package org.medinsure.warehouse.cli.bench;

/**
 * What was parsed in a measured time, and the rates that follow.
 *
 * @param nanos time spent inside the parser
 * @param forms project forms found
 */
public record BenchFigures(long bytes, long files, long forms, long nanos) {
    public static final BenchFigures NONE = new BenchFigures(0, 0, 0, 0);

    public BenchFigures plus(BenchFigures other) {
        return new BenchFigures(bytes + other.bytes, files + other.files, forms + other.forms, nanos + other.nanos);
    }

    public double seconds() {
        return nanos / 1e9;
    }

    /** Megabytes (10⁶ bytes) per second. */
    public double megabytesPerSecond() {
        return nanos == 0 ? 0 : bytes / 1e6 / seconds();
    }

    public double filesPerSecond() {
        return nanos == 0 ? 0 : files / seconds();
    }

    public double formsPerSecond() {
        return nanos == 0 ? 0 : forms / seconds();
    }
}
