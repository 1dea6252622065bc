package org.medinsure.warehouse.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** The files a benchmark parses: every regular file under a folder, read once, in path order. */
public final class BenchCorpus {
    private BenchCorpus() {
    }

    public static List<BenchFile> load(Path folder) {
        Objects.requireNonNull(folder, "folder is null");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Cannot find the folder " + folder);
        }
        List<BenchFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                files.add(new BenchFile(name, Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Cannot benchmark " + folder + ": it holds no files");
        }
        return List.copyOf(files);
    }

    /**
     * The team's seed documents, {@code shared/seeds} beside the repository: looked for beside
     * {@code start} and each of its parents, as the worktrees sit one level below the folder that
     * holds {@code shared}.
     */
    public static Optional<Path> sharedSeeds(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolveSibling("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                return Optional.of(seeds);
            }
        }
        return Optional.empty();
    }
}
