package org.medinsure.warehouse.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A folder of outputs replaced whole: written into a hidden staging folder beside it, then swapped
 * in by two renames, so that a run killed at any moment leaves either the previous folder or the
 * new one, never a mixture.
 */
public final class FolderSwap {
    private final Path target;

    public FolderSwap(Path target) {
        this.target = Objects.requireNonNull(target, "target is null");
    }

    /** An empty staging folder to write the new outputs into. */
    public Path begin() throws IOException {
        Path staging = staging();
        deleteTree(staging);
        Files.createDirectories(staging);
        return staging;
    }

    /** Puts the staging folder in place of the target. */
    public void commit() throws IOException {
        Path previous = previous();
        deleteTree(previous);
        if (Files.exists(target)) {
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging(), target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(previous);
    }

    /**
     * Puts right what a swap killed midway left: the folder moved aside is moved back when the new
     * one never arrived, and the staging and moved-aside folders are deleted.
     *
     * @return what was restored or deleted, for the log
     */
    public List<String> recover() {
        List<String> done = new ArrayList<>();
        Path staging = staging();
        Path previous = previous();
        try {
            if (!Files.exists(target) && Files.isDirectory(previous)) {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                done.add("restored " + target.getFileName() + " from " + previous.getFileName());
            }
            for (Path leftover : List.of(staging, previous)) {
                if (Files.exists(leftover)) {
                    deleteTree(leftover);
                    done.add("deleted " + leftover.getFileName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean what an interrupted run left beside " + target, e);
        }
        return done;
    }

    private Path staging() {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    private Path previous() {
        return target.resolveSibling("." + target.getFileName() + ".previous");
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
