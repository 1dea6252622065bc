package org.medinsure.warehouse.ingest.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.Partitioner;

/**
 * Places a path in one of a few ranges of paths that hold about the same number of bytes: the
 * files of a folder, and of a county (whose names start with its code), land together.
 */
final class PathRanges extends Partitioner {
    /** The first path of every range but the first, sorted. */
    private final List<String> starts;

    private PathRanges(List<String> starts) {
        this.starts = List.copyOf(starts);
    }

    /** @param files the files to place, sorted by path */
    static PathRanges of(List<InputFile> files, int ranges) {
        long total = files.stream().mapToLong(file -> Math.max(1, file.length())).sum();
        List<String> starts = new ArrayList<>();
        long seen = 0;
        for (InputFile file : files) {
            // a range ends once it holds its share of the bytes; the next file opens the next one
            if (starts.size() + 1 < ranges && seen >= total * (starts.size() + 1) / ranges) {
                starts.add(file.relativePath());
            }
            seen += Math.max(1, file.length());
        }
        return new PathRanges(starts);
    }

    @Override
    public int numPartitions() {
        return starts.size() + 1;
    }

    @Override
    public int getPartition(Object key) {
        int found = Collections.binarySearch(starts, (String) key);
        return found >= 0 ? found + 1 : -found - 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathRanges ranges && ranges.starts.equals(starts);
    }

    @Override
    public int hashCode() {
        return starts.hashCode();
    }
}
