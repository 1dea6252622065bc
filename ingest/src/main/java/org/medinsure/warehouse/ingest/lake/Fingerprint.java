package org.medinsure.warehouse.ingest.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What a layer's content depends on besides its input: the code of the module that builds it (the
 * files of its jar or classes folder, which hold the bundled knowledge files too) and the
 * settings it runs with (the digest of the user's {@code --config} files, options). Two runs with
 * one fingerprint build the same rows from the same documents, so a part built by one may be kept
 * by the other. When in doubt the fingerprint differs, which costs a rebuild, never a stale row.
 */
public final class Fingerprint {
    private static final Map<String, String> CODE = new ConcurrentHashMap<>();

    private Fingerprint() {
    }

    /** The SHA-256 of the code {@code module} is loaded from and of {@code settings}. */
    public static String of(Class<?> module, String... settings) {
        Objects.requireNonNull(module, "module is null");
        MessageDigest digest = sha256();
        digest.update(code(module).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String setting : settings) {
            digest.update(setting.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The digest of the files of a folder (names and bytes, in name order); "none" without a folder.
     * What a {@code --config} folder adds to a fingerprint: any change to a user's file is a change.
     */
    public static String ofFolder(Path folder) {
        if (folder == null) {
            return "none";
        }
        try {
            return ofCode(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the folder " + folder, e);
        }
    }

    /** A fingerprint no other run has: for a job given knowledge objects whose source is unknown. */
    public static String unique() {
        return "unique-" + java.util.UUID.randomUUID();
    }

    /** The digest of a module's code: its jar's or classes folder's file names and bytes; computed once per JVM. */
    private static String code(Class<?> module) {
        java.security.CodeSource source = module.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return module.getName(); // no file to hash (a bootstrap class): its name is all that is known
        }
        return CODE.computeIfAbsent(source.getLocation().toString(), location -> {
            try {
                return ofCode(Path.of(source.getLocation().toURI()));
            } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
                // unreadable code location: a fresh value every JVM, so nothing built by another is trusted
                return "unhashed-" + java.util.UUID.randomUUID();
            }
        });
    }

    /**
     * The digest of code at {@code path}: a classes folder's or a jar's file names and bytes, in name
     * order; not the jar's own bytes, as a rebuild of the same sources stamps new times in it.
     */
    static String ofCode(Path path) throws IOException {
        MessageDigest digest = sha256();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(path.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path.toFile())) {
                List<java.util.jar.JarEntry> entries = jar.stream().filter(entry -> !entry.isDirectory())
                        .sorted(java.util.Comparator.comparing(java.util.jar.JarEntry::getName)).toList();
                for (java.util.jar.JarEntry entry : entries) {
                    digest.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (java.io.InputStream in = jar.getInputStream(entry)) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
