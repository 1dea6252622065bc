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
    /** The content key of a file with no bytes to digest (empty, or one that cannot be opened) is this and its path. */
    static final String NO_BYTES_PREFIX = "no-bytes:";

    InputFile {
        Objects.requireNonNull(uri, "uri is null");
        Objects.requireNonNull(relativePath, "relativePath is null");
    }

    /**
     * What tells copies of the same bytes apart from other files: the SHA-256 of the content, read as
     * a stream. An empty file, or one that cannot be opened, is no copy of another: it is keyed by its own path.
     */
    String contentKey(Configuration conf) throws IOException {
        if (length == 0) {
            return NO_BYTES_PREFIX + relativePath;
        }
        InputStream in = openOrNull(conf);
        if (in == null) {
            return NO_BYTES_PREFIX + relativePath;
        }
        try (in) {
            return FileIngestor.sha256(in);
        }
    }

    /**
     * Reads and parses the file; one larger than the limit is hashed, not held, and rejected, and one
     * that cannot be opened (a broken link, no permission, gone since it was listed) is rejected.
     */
    IngestedFile ingest(FileIngestor ingestor, Configuration conf, FileIngestor.Limits limits) throws IOException {
        InputStream in;
        try {
            in = open(conf);
        } catch (IOException e) {
            return ingestor.unreadable(relativePath, reason(e));
        }
        try (in) {
            return length > limits.maxBytes() ? ingestor.tooLarge(relativePath, FileIngestor.sha256(in), length)
                    : ingestor.ingest(relativePath, in.readAllBytes());
        }
    }

    /**
     * Why a file could not be opened, without its absolute path (the problem names the file by its
     * path under the input): the system's reason, as Java gives it in parentheses, or the error's kind.
     */
    static String reason(IOException e) {
        String message = String.valueOf(e.getMessage());
        int open = message.lastIndexOf(" (");
        if (open >= 0 && message.endsWith(")")) {
            return message.substring(open + 2, message.length() - 1);
        }
        return e instanceof java.io.FileNotFoundException ? "No such file or directory" : e.getClass().getSimpleName();
    }

    private InputStream openOrNull(Configuration conf) {
        try {
            return open(conf);
        } catch (IOException e) {
            return null; // reading it says why, as a problem of the file
        }
    }

    private FSDataInputStream open(Configuration conf) throws IOException {
        Path path = new Path(URI.create(uri));
        org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(conf);
        // an input file is no file Hadoop wrote: no checksum file to look for beside each one
        return (fs instanceof org.apache.hadoop.fs.ChecksumFileSystem checked ? checked.getRawFileSystem() : fs).open(path);
    }
}
