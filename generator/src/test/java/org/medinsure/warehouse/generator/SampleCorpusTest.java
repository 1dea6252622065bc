package org.medinsure.warehouse.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated part of the bundled sample corpus is what the generator writes today (as
 * tools/regenerate-sample.sh runs it): a change to the generator regenerates the sample with it.
 */
class SampleCorpusTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void theCommittedSampleIsTheGeneratorsOutput() throws IOException {
        List<County> all;
        try (Reader regions = Files.newBufferedReader(
                REPOSITORY.resolve("transform/src/main/resources/regions/counties.csv"), StandardCharsets.UTF_8)) {
            all = CountyTable.read(regions);
        }
        CorpusGenerator generator = new CorpusGenerator(1);
        generator.generate(generator.select(all, 9, Set.of("山东省", "河南省", "湖南省")), 2021, 2023, folder);

        assertThat(files(folder.resolve("corpus"))).as("examples/corpus/generated: run tools/regenerate-sample.sh")
                .isEqualTo(files(REPOSITORY.resolve("examples/corpus/generated")));
        assertThat(Files.readString(folder.resolve("gold.jsonl")))
                .isEqualTo(Files.readString(REPOSITORY.resolve("examples/generated-gold.jsonl")));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), java.util.Base64.getEncoder().encodeToString(
                        Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
