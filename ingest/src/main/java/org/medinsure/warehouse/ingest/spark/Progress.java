package org.medinsure.warehouse.ingest.spark;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.util.LongAccumulator;

/**
 * Reports files done / total and the rate every few seconds while a long Spark action runs. The
 * count comes from an accumulator, so it works the same on a cluster as embedded.
 */
public final class Progress implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(Progress.class);
    private final ScheduledExecutorService timer;
    private final LongAccumulator done;
    private final long total;
    private final String what;
    private final long startNanos = System.nanoTime();

    public Progress(String what, LongAccumulator done, long total) {
        this.what = what;
        this.done = done;
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::report, 3, 3, TimeUnit.SECONDS);
    }

    private void report() {
        long count = done.value();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        LOG.info("{}: {} / {} ({}/s)", what, count, total, String.format(Locale.ROOT, "%.1f", count / Math.max(seconds, 1e-3)));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        report();
    }
}
