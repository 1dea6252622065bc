package org.medinsure.warehouse.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * One writing command per output folder: the lock lets a command clean what an interrupted run
 * left (staging folders, temporary databases) without deleting the work of a command still running.
 * The operating system drops the lock when the process dies, however it dies.
 */
final class OutputLock implements AutoCloseable {
    static final String FILE = ".warehouse.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock acquire(Path output) {
        Objects.requireNonNull(output, "output is null");
        Path file = output.resolve(FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new OutputLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by this process already: another command of the same JVM is writing
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the --output folder " + output + " (" + file + ")", e);
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // the refusal below is what matters
        }
        throw new IllegalStateException("Another warehouse command is writing to " + output.toAbsolutePath()
                + " (it holds " + FILE + "): wait for it to end, or pass another --output");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the lock of the output folder", e);
        }
    }
}
