package org.medinsure.warehouse.ingest.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerStateTest {
    private static final Configuration CONF = new Configuration();

    @TempDir
    Path folder;

    @Test
    void writesAndReadsTheSameStateInTheSameBytes() throws Exception {
        LayerState state = new LayerState("g-1", "f-1", Map.of(LayerState.partName(3), "b3", LayerState.partName(0), "b0"), 4);
        state.write(folder.toString(), CONF);
        String written = Files.readString(folder.resolve(LayerState.FILE));
        assertThat(LayerState.read(folder.toString(), CONF)).contains(state);
        new LayerState("g-1", "f-1", Map.of(LayerState.partName(0), "b0", LayerState.partName(3), "b3"), 4)
                .write(folder.toString(), CONF);
        assertThat(Files.readString(folder.resolve(LayerState.FILE))).isEqualTo(written);
        assertThat(written.lines().toList()).containsExactly("generation\tg-1", "fingerprint\tf-1", "next_part\t4",
                "part-00000.zstd.parquet\tb0", "part-00003.zstd.parquet\tb3");
    }

    @Test
    void aMissingOrForeignStateIsNone() throws Exception {
        assertThat(LayerState.read(folder.toString(), CONF)).isEmpty();
        Files.writeString(folder.resolve(LayerState.FILE), "generation\tg\nfingerprint\tf\n", StandardCharsets.UTF_8);
        assertThat(LayerState.read(folder.toString(), CONF)).as("no next part").isEmpty();
        Files.writeString(folder.resolve(LayerState.FILE), "generation\tg\nfingerprint\tf\nnext_part\t1\n"
                + "part-00004.zstd.parquet\tb\n", StandardCharsets.UTF_8);
        assertThat(LayerState.read(folder.toString(), CONF)).as("a part at or above the next").isEmpty();
        Files.writeString(folder.resolve(LayerState.FILE), "something else entirely", StandardCharsets.UTF_8);
        assertThat(LayerState.read(folder.toString(), CONF)).isEmpty();
    }

    @Test
    void partNamesAndNumbersAreOneConvention() {
        assertThat(LayerState.partName(12)).isEqualTo("part-00012.zstd.parquet");
        assertThat(LayerState.partNumber("part-00012.zstd.parquet")).isEqualTo(12);
        assertThatThrownBy(() -> LayerState.partNumber("part-12.parquet")).hasMessageContaining("part-12.parquet");
    }

    @Test
    void aBatchIdDependsOnTheDocumentsNotOnTheirOrder() {
        String one = LayerState.batchId(List.of(LayerState.document("h1", "a.txt"), LayerState.document("h2", "b.txt")));
        assertThat(LayerState.batchId(List.of(LayerState.document("h2", "b.txt"), LayerState.document("h1", "a.txt"))))
                .isEqualTo(one);
        assertThat(LayerState.batchId(List.of(LayerState.document("h1", "a.txt")))).isNotEqualTo(one);
    }

    @Test
    void codeIsFingerprintedByItsFilesNotByTheTimesAJarStamps() throws Exception {
        Path first = jar("first.jar", 1_000_000_000_000L, "class bytes");
        Path rebuilt = jar("rebuilt.jar", 1_700_000_000_000L, "class bytes");
        Path changed = jar("changed.jar", 1_000_000_000_000L, "other class bytes");
        assertThat(Files.readAllBytes(first)).isNotEqualTo(Files.readAllBytes(rebuilt));
        assertThat(Fingerprint.ofCode(rebuilt)).isEqualTo(Fingerprint.ofCode(first));
        assertThat(Fingerprint.ofCode(changed)).isNotEqualTo(Fingerprint.ofCode(first));
    }

    private Path jar(String name, long time, String content) throws Exception {
        Path file = folder.resolve(name);
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(file))) {
            java.util.jar.JarEntry entry = new java.util.jar.JarEntry("org/example/Parser.class");
            entry.setTime(time);
            out.putNextEntry(entry);
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }

    @Test
    void aFingerprintChangesWithTheSettingsAndTheUsersFiles() throws Exception {
        assertThat(Fingerprint.of(LayerState.class, "x")).isEqualTo(Fingerprint.of(LayerState.class, "x"))
                .isNotEqualTo(Fingerprint.of(LayerState.class, "y"));
        Path config = Files.createDirectories(folder.resolve("config"));
        Files.writeString(config.resolve("units.csv"), "a,b\n", StandardCharsets.UTF_8);
        String before = Fingerprint.ofFolder(config);
        assertThat(Fingerprint.ofFolder(config)).isEqualTo(before);
        Files.writeString(config.resolve("units.csv"), "a,c\n", StandardCharsets.UTF_8);
        assertThat(Fingerprint.ofFolder(config)).isNotEqualTo(before).isNotEqualTo(Fingerprint.ofFolder(null));
        assertThat(Fingerprint.unique()).isNotEqualTo(Fingerprint.unique());
    }
}
