package org.medinsure.warehouse.cli.bench;

import java.util.Objects;

/**
 * One input of the benchmark, read into memory beforehand so that disk speed is not measured.
 *
 * @param name path relative to the input folder, as the pipeline passes it to the parser
 */
public record BenchFile(String name, byte[] bytes) {
    public BenchFile {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(bytes, "bytes is null");
    }
}
