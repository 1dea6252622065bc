package org.medinsure.warehouse.ingest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The team's shared folder beside the repository (seeds, gold facts, docs), for the tests of every
 * module that read it. Tests skip, saying so, when it is absent; CI always has it.
 */
public final class SharedFolder {
    private SharedFolder() {
    }

    /** Walks up from the working directory to a folder whose sibling {@code shared/seeds} exists. */
    public static Optional<Path> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The repository's root: the folder above the working directory with ./warehouse and examples/. */
    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("warehouse")) && Files.isDirectory(dir.resolve("examples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root above " + Path.of("").toAbsolutePath());
    }

    /** The gold records of {@code gold/seeds.jsonl}, in file order. */
    public static List<JsonNode> gold(Path shared) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(shared.resolve("gold/seeds.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    records.add(mapper.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gold facts under " + shared, e);
        }
        return records;
    }
}
