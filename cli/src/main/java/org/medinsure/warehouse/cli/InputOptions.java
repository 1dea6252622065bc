package org.medinsure.warehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The documents to read: any folder of a local or distributed file system. */
public final class InputOptions {
    @Option(names = {"-i", "--input"}, paramLabel = "DIR",
            description = "Folder of documents, read recursively; a local path or a URI such as hdfs://… "
                    + "(default: the bundled sample corpus)")
    String input;

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
