package org.medinsure.warehouse.ingest.knowledge;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The knowledge files ingest reads documents with: the bundled vocabularies under
 * {@code src/main/resources/vocabulary} and, where the user passes {@code --config DIR}, files of
 * the same names there, whose rows extend the bundled ones (a row with the same key overrides).
 * The user files are read once, on the driver, and travel with the job as text, so that executors
 * on other machines read documents with the same words.
 */
public final class IngestKnowledge implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The ingest knowledge files a user may extend, by name. */
    public static final List<String> FILES = List.of("form-labels.csv", "budget-labels.csv", "document-types.csv", "units.csv",
            "checks.csv", "check-rules.csv");
    private static final String BUNDLED_FOLDER = "/vocabulary/";
    private static final IngestKnowledge BUNDLED = new IngestKnowledge(Map.of());

    /** User files by name, as text. */
    private final Map<String, String> userFiles;

    private IngestKnowledge(Map<String, String> userFiles) {
        this.userFiles = Map.copyOf(userFiles);
    }

    /** Only what ships with the module. */
    public static IngestKnowledge bundled() {
        return BUNDLED;
    }

    /** The bundled files extended by those of the same names in {@code folder}; null means none. */
    public static IngestKnowledge withUserFolder(Path folder) {
        if (folder == null) {
            return BUNDLED;
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Cannot read the knowledge folder " + folder + ": it is not a folder");
        }
        Map<String, String> files = new TreeMap<>();
        for (String name : FILES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read knowledge file " + file + ": " + e.getMessage(), e);
                }
            }
        }
        return new IngestKnowledge(files);
    }

    /** The bundled file and, after it, the user's, each read with its header. */
    public List<KnowledgeFile> files(String name, String... requiredColumns) {
        Objects.requireNonNull(name, "name is null");
        if (!FILES.contains(name)) {
            throw new IllegalArgumentException("Cannot find ingest knowledge file " + name + "; known: " + FILES);
        }
        List<KnowledgeFile> files = new ArrayList<>();
        files.add(KnowledgeFile.bundled(BUNDLED_FOLDER + name, requiredColumns));
        String user = userFiles.get(name);
        if (user != null) {
            files.add(KnowledgeFile.text("--config " + name, user, requiredColumns));
        }
        return files;
    }

    /** The version line of every file in force, bundled and user, for the run record. */
    public Map<String, String> versions() {
        Map<String, String> versions = new TreeMap<>();
        for (String name : FILES) {
            for (KnowledgeFile file : files(name)) {
                versions.put(file.name(), file.version());
            }
        }
        return versions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IngestKnowledge knowledge && userFiles.equals(knowledge.userFiles);
    }

    @Override
    public int hashCode() {
        return userFiles.hashCode();
    }
}
