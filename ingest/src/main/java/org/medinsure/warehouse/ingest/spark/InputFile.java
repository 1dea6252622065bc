package org.medinsure.warehouse.ingest.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import org.medinsure.warehouse.ingest.parse.IngestedFile;

/**
 * A file to read: where it is, its path relative to the input root (its {@code source_path}), and
 * its length and modification time as listed.
 *
 * @param uri the file's URI on its Hadoop file system, percent-encoded
 * @param modified milliseconds since the epoch, as the file system reports it
 */
record InputFile(String uri, String relativePath, long length, long modified) implements Serializable {
    /** The content key of an empty file is this and its path. */
    static final String EMPTY_PREFIX = "empty:";

    InputFile {
        Objects.requireNonNull(uri, "uri is null");
        Objects.requireNonNull(relativePath, "relativePath is null");
    }

    /**
     * What tells copies of the same bytes apart from other files: the SHA-256 of the content, read as
     * a stream. An empty file is no copy of another: it is keyed by its own path.
     */
    String contentKey(Configuration conf) throws IOException {
        if (length == 0) {
            return EMPTY_PREFIX + relativePath;
        }
        try (InputStream in = open(conf)) {
            return FileIngestor.sha256(in);
        }
    }

    /** Reads and parses the file; one larger than the limit is hashed, not held, and rejected. */
    IngestedFile ingest(FileIngestor ingestor, Configuration conf, FileIngestor.Limits limits) throws IOException {
        if (length > limits.maxBytes()) {
            try (InputStream in = open(conf)) {
                return ingestor.tooLarge(relativePath, FileIngestor.sha256(in), length);
            }
        }
        try (InputStream in = open(conf)) {
            return ingestor.ingest(relativePath, in.readAllBytes());
        }
    }

    private FSDataInputStream open(Configuration conf) throws IOException {
        Path path = new Path(URI.create(uri));
        try {
            org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(conf);
            // an input file is no file Hadoop wrote: no checksum file to look for beside each one
            return (fs instanceof org.apache.hadoop.fs.ChecksumFileSystem checked ? checked.getRawFileSystem() : fs).open(path);
        } catch (IOException e) {
            throw new IOException("Cannot open input file " + relativePath + ": " + e.getMessage(), e);
        }
    }
}
