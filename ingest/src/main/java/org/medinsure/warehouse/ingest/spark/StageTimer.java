package org.medinsure.warehouse.ingest.spark;

import java.util.Locale;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Logs what a stage read and wrote, and how long it took. */
public final class StageTimer {
    private static final Logger LOG = LogManager.getLogger(StageTimer.class);
    private final String stage;
    private final long startNanos = System.nanoTime();

    public StageTimer(String stage) {
        this.stage = stage;
        LOG.info("{}: started", stage);
    }

    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public void wrote(String what, long rows) {
        LOG.info("{}: wrote {} {} rows", stage, rows, what);
    }

    public void done(String summary) {
        LOG.info("{}: done in {} s — {}", stage, String.format(Locale.ROOT, "%.1f", seconds()), summary);
    }
}
