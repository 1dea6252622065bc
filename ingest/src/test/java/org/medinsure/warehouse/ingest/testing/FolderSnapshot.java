package org.medinsure.warehouse.ingest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file and folder under a root, each file with a digest of its content: two equal snapshots
 * taken around an action show it wrote, changed and deleted nothing there. A root that does not
 * exist has an empty snapshot, so creating it shows as well.
 *
 * @param entries path relative to the root → SHA-256 of the file's bytes, or "folder"
 */
public record FolderSnapshot(Map<Path, String> entries) {
    public FolderSnapshot {
        // sorted, so that a failed comparison lists the paths in order
        entries = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(entries, "entries is null")));
    }

    public static FolderSnapshot of(Path root) {
        Objects.requireNonNull(root, "root is null");
        Map<Path, String> entries = new TreeMap<>();
        if (!Files.exists(root)) {
            return new FolderSnapshot(entries);
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                entries.put(root.relativize(path), Files.isRegularFile(path) ? digest(path) : "folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
        return new FolderSnapshot(entries);
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot find SHA-256, which every JDK has", e);
        }
    }
}
