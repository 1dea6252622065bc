package org.medinsure.warehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import picocli.CommandLine.Option;

/** The documents to read: any folder of a local or distributed file system. */
public final class InputOptions {
    @Option(names = {"-i", "--input"}, paramLabel = "DIR",
            description = "Folder of documents, read recursively; a local path or a URI such as hdfs://… "
                    + "(default: the bundled sample corpus)")
    String input;

    @Option(names = "--file-time-limit", paramLabel = "SECONDS", defaultValue = "120",
            description = "Longest one file may be read for; a file past it is rejected (time_limit) and the run "
                    + "goes on (default: ${DEFAULT-VALUE})")
    long fileTimeLimitSeconds;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "200",
            description = "Largest file read; a larger one is rejected (file_too_large) (default: ${DEFAULT-VALUE})")
    long maxFileMegabytes;

    @Option(names = "--full",
            description = "Read every file again, even those unchanged since the last run into this --output (a file "
                    + "is unchanged when its path, size and modification time are; code or vocabularies that changed "
                    + "since make every file be read again without this)")
    boolean full;

    /** What one file may take, as given. */
    FileIngestor.Limits limits() {
        if (fileTimeLimitSeconds <= 0 || maxFileMegabytes <= 0) {
            throw new IllegalArgumentException("--file-time-limit and --max-file-size must be positive, not "
                    + fileTimeLimitSeconds + " s and " + maxFileMegabytes + " MB");
        }
        return new FileIngestor.Limits(java.time.Duration.ofSeconds(fileTimeLimitSeconds), maxFileMegabytes * 1024 * 1024);
    }

    String inputOrSample() {
        if (input != null) {
            return input;
        }
        String home = System.getProperty("warehouse.home", ".");
        Path sample = Path.of(home, "examples", "corpus");
        if (!Files.isDirectory(sample)) {
            throw new IllegalArgumentException("Cannot find the sample corpus at " + sample + ": pass --input DIR");
        }
        return sample.toAbsolutePath().toString();
    }
}
