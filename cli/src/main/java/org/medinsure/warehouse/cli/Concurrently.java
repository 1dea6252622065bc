package org.medinsure.warehouse.cli;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Two independent jobs at once: the second on its own thread, the first on the caller's. */
final class Concurrently {
    private Concurrently() {
    }

    /**
     * Runs both and returns when both have ended. A failure of either is thrown only then, so that
     * the other still finishes its work; when both fail, the first's failure is thrown with the
     * second's attached as suppressed.
     *
     * @param threadName the second job's thread, for the log
     */
    static void run(Runnable first, Runnable second, String threadName) {
        Objects.requireNonNull(first, "first is null");
        Objects.requireNonNull(second, "second is null");
        CompletableFuture<Void> other = CompletableFuture.runAsync(second, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            thread.start();
        });
        RuntimeException failure = null;
        try {
            first.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            other.join();
        } catch (CompletionException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(threadName + " failed: " + e.getCause(), e.getCause());
            if (failure == null) {
                failure = cause;
            } else {
                failure.addSuppressed(cause);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
