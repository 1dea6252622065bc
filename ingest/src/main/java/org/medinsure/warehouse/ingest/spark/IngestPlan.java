package org.medinsure.warehouse.ingest.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.medinsure.warehouse.ingest.parse.FileIngestor;

/**
 * What an incremental ingest reads and what it keeps of the last bronze layer. A file listed with
 * the length and modification time it had when last read is unchanged and not read again; its
 * facts stay in their part. Bronze holds each distinct content once (its first path's copy is the
 * primary), so the unit that is read again is a content: every content a changed or removed file had
 * or now has, with all the paths that hold it. The parts that held those contents lose their rows;
 * everything read goes into parts of new numbers. The result is the layer a full rebuild would make,
 * but for which part holds which document.
 */
final class IngestPlan {
    /**
     * A file as the last bronze layer recorded it.
     *
     * @param stopped whether its reading was stopped at a time or memory limit: that says how busy the
     *     machine was, not what the file holds, so the file is read again like a changed one
     */
    record Recorded(String path, String docId, long size, long modified, String part, boolean stopped) {
        Recorded {
            Objects.requireNonNull(path, "path is null");
            Objects.requireNonNull(docId, "docId is null");
            Objects.requireNonNull(part, "part is null");
        }

        /** A file that was read to its end, or rejected for what it is. */
        Recorded(String path, String docId, long size, long modified, String part) {
            this(path, docId, size, modified, part, false);
        }
    }

    private final List<InputFile> listing;
    private final Map<String, Recorded> recorded = new HashMap<>();
    private final List<Integer> changed = new ArrayList<>();
    private int stopped;
    private final Set<String> removedContents = new HashSet<>();
    private final Set<String> removedPaths = new TreeSet<>();

    /**
     * @param listing  the input files, as listed now
     * @param previous every file of the last bronze layer, with its part
     */
    IngestPlan(List<InputFile> listing, List<Recorded> previous) {
        this.listing = List.copyOf(listing);
        previous.forEach(file -> recorded.put(file.path(), file));
        Set<String> listed = new HashSet<>();
        for (int index = 0; index < listing.size(); index++) {
            InputFile input = listing.get(index);
            listed.add(input.relativePath());
            Recorded last = recorded.get(input.relativePath());
            boolean asRecorded = last != null && last.size() == input.length() && last.modified() == input.modified();
            if (!asRecorded || last.stopped()) {
                changed.add(index);
                if (last != null) {
                    removedContents.add(last.docId());
                }
                stopped += asRecorded ? 1 : 0;
            }
        }
        for (Recorded file : previous) {
            if (!listed.contains(file.path())) {
                removedPaths.add(file.path());
                removedContents.add(file.docId());
            }
        }
    }

    /** Of {@link #changed}, the unchanged files whose last reading was stopped at a limit. */
    int stopped() {
        return stopped;
    }

    /**
     * The listing's indices of the files that are new or changed since the last run, or were stopped at a
     * limit then: they must be hashed.
     */
    List<Integer> changed() {
        return List.copyOf(changed);
    }

    /** Paths the last run read that are gone. */
    Set<String> removed() {
        return java.util.Collections.unmodifiableSet(removedPaths);
    }

    boolean unchanged() {
        return changed.isEmpty() && removedPaths.isEmpty();
    }

    /** The plan once the changed files' contents are known. */
    record Work(List<Integer> read, Set<String> dropped, Set<String> partsToFilter, Set<String> partsToKeep) {
    }

    /**
     * @param contentKeys the content key of every changed file, by its listing index
     * @param parts       every part of the last bronze layer
     */
    Work work(Map<Integer, String> contentKeys, Set<String> parts) {
        Set<String> dropped = new HashSet<>(removedContents);
        for (int index : changed) {
            String key = Objects.requireNonNull(contentKeys.get(index), () -> "no content key for "
                    + listing.get(index).relativePath());
            dropped.add(key);
            dropped.add(docIdOf(key));
        }
        TreeMap<Integer, InputFile> read = new TreeMap<>();
        changed.forEach(index -> read.put(index, listing.get(index)));
        for (int index = 0; index < listing.size(); index++) {
            Recorded last = recorded.get(listing.get(index).relativePath());
            if (last != null && !read.containsKey(index) && dropped.contains(last.docId())) {
                read.put(index, listing.get(index)); // an unchanged copy of a content that is read again
            }
        }
        Set<String> filter = new TreeSet<>();
        for (Recorded file : recorded.values()) {
            if (dropped.contains(file.docId())) {
                filter.add(file.part());
            }
        }
        Set<String> keep = new TreeSet<>(parts);
        keep.removeAll(filter);
        return new Work(List.copyOf(read.keySet()), Set.copyOf(dropped), filter, keep);
    }

    /**
     * The doc_id a content key stands for: the key is the content's SHA-256, but for a file with no bytes
     * read (empty, or not opened), which is keyed by its path (see {@link InputFile#contentKey}) and
     * recorded with the digest of no bytes.
     */
    private static String docIdOf(String key) {
        return key.startsWith(InputFile.NO_BYTES_PREFIX) ? FileIngestor.NO_BYTES_DOC_ID : key;
    }
}
