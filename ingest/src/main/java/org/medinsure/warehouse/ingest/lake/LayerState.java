package org.medinsure.warehouse.ingest.lake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a layer was built from, kept beside its tables ({@code <layer>/_state}), so that the next run
 * can tell which of its parts it may keep. A layer is a set of parts (a batch of whole documents
 * each, the same part number in every table); each part has a batch id, the digest of the documents
 * it holds.
 *
 * @param generation changes whenever the layer is rebuilt from scratch; parts of one generation only
 *     ever lose documents, new documents go into parts of new numbers
 * @param fingerprint the code and knowledge the layer was built with; another fingerprint means a rebuild
 * @param parts each part's file name ({@code part-00003.zstd.parquet}) and batch id; for a layer
 *     derived from another, the batch id of the part it was derived from
 * @param nextPart the number the next new part takes: above every part the generation ever had, so
 *     that a number never names two batches of documents
 */
public record LayerState(String generation, String fingerprint, Map<String, String> parts, int nextPart) {
    /** The file's name; Spark and DuckDB readers of the tables never look at the layer folder itself. */
    public static final String FILE = "_state";

    public LayerState {
        Objects.requireNonNull(generation, "generation is null");
        Objects.requireNonNull(fingerprint, "fingerprint is null");
        parts = java.util.Collections.unmodifiableMap(new TreeMap<>(parts));
        for (String part : parts.keySet()) {
            if (partNumber(part) >= nextPart) {
                throw new IllegalArgumentException("Part " + part + " is numbered at or above the next part, " + nextPart);
            }
        }
    }

    /** The state of the layer in {@code folder}; empty when it has none (a layer of an older version, or none at all). */
    public static Optional<LayerState> read(String folder, Configuration conf) {
        Path file = new Path(folder, FILE);
        try {
            FileSystem fs = file.getFileSystem(conf);
            if (!fs.exists(file)) {
                return Optional.empty();
            }
            String generation = null;
            String fingerprint = null;
            int nextPart = -1;
            Map<String, String> parts = new TreeMap<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] fields = line.split("\t", -1);
                    if (fields.length != 2) {
                        return Optional.empty(); // not ours: the layer is rebuilt
                    }
                    switch (fields[0]) {
                        case "generation" -> generation = fields[1];
                        case "fingerprint" -> fingerprint = fields[1];
                        case "next_part" -> nextPart = Integer.parseInt(fields[1]);
                        default -> parts.put(fields[0], fields[1]);
                    }
                }
            }
            return generation == null || fingerprint == null || nextPart < 0 ? Optional.empty()
                    : Optional.of(new LayerState(generation, fingerprint, parts, nextPart));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not ours, or damaged: the layer is rebuilt
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the state of the layer at " + folder, e);
        }
    }

    /** Writes the state into a layer's (staging) folder, lines in a fixed order so the same layer writes the same file. */
    public void write(String folder, Configuration conf) {
        Path file = new Path(folder, FILE);
        StringBuilder text = new StringBuilder();
        text.append("generation\t").append(generation).append('\n');
        text.append("fingerprint\t").append(fingerprint).append('\n');
        text.append("next_part\t").append(nextPart).append('\n');
        parts.forEach((part, batch) -> text.append(part).append('\t').append(batch).append('\n'));
        try (OutputStream out = file.getFileSystem(conf).create(file, true)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the state of the layer at " + folder, e);
        }
    }

    /**
     * A part's batch id: the digest of the documents it holds, each given as its doc_id and
     * source_path, in any order.
     */
    public static String batchId(java.util.Collection<String> docIdAndPath) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        for (String document : new java.util.TreeSet<>(docIdAndPath)) {
            digest.update(document.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** A document as {@link #batchId} takes it. */
    public static String document(String docId, String sourcePath) {
        return docId + "\t" + sourcePath;
    }

    /** The number of a part file ({@code part-00003.zstd.parquet} is 3). */
    public static int partNumber(String fileName) {
        java.util.regex.Matcher matcher = PART.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a part file name: " + fileName);
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** The file name of part {@code number}, as {@link LakeFileWriter} names it. */
    public static String partName(int number) {
        return String.format(java.util.Locale.ROOT, "part-%05d.zstd.parquet", number);
    }

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("part-(\\d+)\\.zstd\\.parquet");
}
